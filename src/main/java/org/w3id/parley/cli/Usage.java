package org.w3id.parley.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Bad option values as usage errors (exit 2 with the usage help), like any option picocli itself refuses. */
final class Usage {

    static ParameterException error(CommandSpec command, String message) {
        return new ParameterException(command.commandLine(), message);
    }

    /** Refuses {@code value} of {@code option} outside {@code [min, max]}. */
    static void requireBetween(CommandSpec command, String option, long value, long min, long max) {
        if (value < min || value > max)
            throw error(command, option + " must be between " + min + " and " + max + ", not " + value);
    }

    private Usage() {}
}
