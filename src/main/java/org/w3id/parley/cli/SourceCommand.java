package org.w3id.parley.cli;

import picocli.CommandLine.Command;

/** {@code parley source}: the sources under {@code data/}; only {@code add} for now. */
@Command(
        name = "source",
        description = "Describe sources: the texts claims quote.",
        subcommands = {SourceAddCommand.class})
final class SourceCommand extends Subcommand {

    @Override
    public Integer call() {
        throw usageError(
                "say what to do with sources: parley source add FILE --title ... (see parley source add --help)");
    }
}
