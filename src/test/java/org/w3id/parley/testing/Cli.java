package org.w3id.parley.testing;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.w3id.parley.cli.ParleyCommand;

import picocli.CommandLine;

/** Runs {@code parley} in-process through picocli, capturing what it prints. */
public final class Cli {

    public record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ParleyCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Cli() {}
}
