package org.w3id.parley.cli;

import java.util.function.Function;

import picocli.CommandLine.Option;

/** {@code --compact-at FACTOR}: when a command that writes an on-disk store compacts it. */
final class CompactAtOption {
    @Option(
            names = "--compact-at",
            paramLabel = "FACTOR",
            defaultValue = "2",
            description = {
                "Compact the store once it takes FACTOR times the disk space it took after its last compaction",
                "(or its first load): checked after each load (and by serve every "
                        + ServeCommand.COMPACTION_CHECK_MINUTES
                        + " minutes); 0 never compacts (default: ${DEFAULT-VALUE})."
            })
    double factor;

    /** The factor, once known to be 0 (never) or above 1. */
    double factor(Function<String, ? extends RuntimeException> usageError) {
        if (factor != 0 && !(factor > 1))
            throw usageError.apply("--compact-at must be 0 (never) or above 1, not " + factor);
        return factor;
    }
}
