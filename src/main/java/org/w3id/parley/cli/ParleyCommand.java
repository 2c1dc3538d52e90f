package org.w3id.parley.cli;

import java.io.PrintWriter;

import org.w3id.parley.load.LoadException;
import org.w3id.parley.query.QueryException;
import org.w3id.parley.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** {@code parley}: the entry point. Each subcommand is its own class; this one only dispatches and maps failures to exit codes. */
@Command(name = "parley",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "A knowledge graph of negotiation positions, every statement traceable to its exact words.",
        subcommands = {
            ServeCommand.class, LoadCommand.class, ValidateCommand.class, QueryCommand.class, ExportCommand.class,
            GenerateCommand.class,
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
        CommandLine cli = new CommandLine(new ParleyCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(ParleyCommand::failure);
        return cli;
    }

    /** Expected failures get one clear message and exit 1; anything else is a bug and shows its stack trace. */
    private static int failure(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (ex instanceof LoadException || ex instanceof StoreException || ex instanceof QueryException
                || ex instanceof UserError)
            err.println("parley " + cli.getCommandName() + ": " + ex.getMessage());
        else if (ex instanceof org.apache.jena.query.QueryException || ex instanceof org.apache.jena.atlas.web.HttpException)
            err.println("parley " + cli.getCommandName() + ": the SPARQL endpoint failed: " + ex.getMessage());
        else if (ex instanceof java.nio.file.NoSuchFileException missing)
            err.println("parley " + cli.getCommandName() + ": " + missing.getFile() + ": no such file or directory");
        else if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException)
            err.println("parley " + cli.getCommandName() + ": " + ex.getMessage());
        else
            ex.printStackTrace(err);
        err.flush();
        return 1;
    }
}
