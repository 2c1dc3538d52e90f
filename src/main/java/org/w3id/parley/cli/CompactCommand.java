package org.w3id.parley.cli;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.parley.store.Compaction;
import org.w3id.parley.store.Stores;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "compact",
        description = {
            "Rewrite the store without the space reloads and updates left behind, then delete the old copy.",
            "Safe to kill: the store is left as it was or compacted. `serve` also compacts on its own."
        })
final class CompactCommand extends Subcommand {
    @Option(
            names = "--store",
            paramLabel = "DIR",
            defaultValue = "store",
            description = "TDB2 store directory; it must exist (default: ${DEFAULT-VALUE}).")
    Path store;

    @Override
    public Integer call() {
        DatasetGraph dataset = Stores.openExistingTdb2(store);
        try {
            Compaction.Result result = Compaction.compact(dataset);
            out().println("Compacted the TDB2 store in "
                    + store.toAbsolutePath().normalize() + ": " + result.summary());
            return 0;
        } finally {
            dataset.close();
        }
    }
}
