package org.w3id.parley.cli;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.parley.ParleyException;
import org.w3id.parley.load.LoadResult;
import org.w3id.parley.load.Loader;
import org.w3id.parley.store.AutoCompaction;
import org.w3id.parley.store.Compaction;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "load",
        description = {
            "Parse, validate (SHACL), infer and write RDF files into the store, in one transaction.",
            "Reloading a file replaces the graphs it wrote before. On any error nothing is written."
        })
final class LoadCommand extends Subcommand {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ShapesOption shapes;

    @Mixin
    CompactAtOption compactAt;

    @Option(
            names = "--batch-mib",
            paramLabel = "MIB",
            description = {
                "Add new files in batches of about MIB MiB of files, one batch in memory at a time, all committed as",
                "one. By default a load runs in one batch (fastest) while its files take under 1/16 of the heap,",
                "and otherwise in batches of 1/32 of it. A file is never split; a load that replaces graphs runs in",
                "one batch."
            })
    Integer batchMib;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE|DIR",
            description = "RDF files (.ttl .trig .nt .nq .rdf) or folders of them.")
    List<Path> paths;

    @Override
    public Integer call() {
        double factor = compactAt.factor(this::usageError);
        if (batchMib != null && batchMib < 1) throw usageError("--batch-mib must be at least 1, not " + batchMib);
        DatasetGraph store = storeOptions.open();
        try {
            Loader loader = shapes.loader(store, err());
            if (batchMib != null) loader = loader.inBatchesOf((long) batchMib << 20);
            LoadResult result = loader.load(paths);
            out().println("Loaded into " + storeOptions.describe() + ": " + result.summary());
            // The size after a store's first load is what its growth is measured against. Reloads leave dead space
            // (TDB2 never reuses a block), so a store past the factor is compacted here as `serve` would.
            if (Compaction.isOnDisk(store)) compactIfDue(store, factor);
            return 0;
        } finally {
            store.close();
        }
    }

    /** A compaction that fails leaves the load standing, as it does under `serve`: said, not failed. */
    private void compactIfDue(DatasetGraph store, double factor) {
        if (factor == 0) {
            Compaction.recordBaselineIfAbsent(store);
            return;
        }
        try {
            AutoCompaction.ifDue(store, factor, out()::println);
        } catch (ParleyException ex) {
            err().println("The load is committed, but compacting the store failed (run `parley compact` to try again): "
                    + ex.getMessage());
        }
    }
}
