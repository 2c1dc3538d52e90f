package org.w3id.parley.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every subcommand has: picocli's model of it, which gives the output streams tests capture and turns a bad
 * option value into a usage error (exit 2 with the usage help), like any option picocli itself refuses.
 */
public abstract class Subcommand implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    protected ParameterException usageError(String message) {
        return Usage.error(spec, message);
    }

    /** Refuses {@code value} of {@code option} outside {@code [min, max]}. */
    protected void requireBetween(String option, long value, long min, long max) {
        Usage.requireBetween(spec, option, value, min, max);
    }
}
