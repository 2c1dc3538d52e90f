package org.w3id.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryException;
import org.w3id.parley.ParleyException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;

/** {@code parley}: the entry point. Each subcommand is its own class; this one only dispatches and maps failures to exit codes. */
@Command(
        name = "parley",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = Version.class,
        description = "A knowledge graph of negotiation positions, every statement traceable to its exact words.",
        subcommands = {
            ServeCommand.class,
            LoadCommand.class,
            ValidateCommand.class,
            QueryCommand.class,
            ExportCommand.class,
            CompactCommand.class,
            GenerateCommand.class,
            SourceCommand.class,
            HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (bad input, store or server problem)", "2:usage error"})
public final class ParleyCommand {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with Parley's exit codes: 0 ok, 1 failure, 2 usage. Tests run commands through this. */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new ParleyCommand()));
    }

    /** Parley's conventions on any command line: enum values in any case, and failures mapped to messages and exit codes. */
    public static CommandLine configure(CommandLine cli) {
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(ParleyCommand::failure);
        return cli;
    }

    /** Expected failures get one clear message and exit 1; anything else is a bug and shows its stack trace. */
    private static int failure(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        String command = cli.getCommandSpec().qualifiedName(" ") + ": ";
        if (ex instanceof ParleyException) err.println(command + ex.getMessage());
        else if (ex instanceof QueryException || ex instanceof HttpException)
            err.println(command + "the SPARQL endpoint failed: " + ex.getMessage());
        else if (ex instanceof NoSuchFileException missing)
            err.println(command + missing.getFile() + ": no such file or directory");
        else if (ex instanceof IOException || ex instanceof UncheckedIOException)
            err.println(command + ex.getMessage());
        else ex.printStackTrace(err);
        err.flush();
        return 1;
    }
}
