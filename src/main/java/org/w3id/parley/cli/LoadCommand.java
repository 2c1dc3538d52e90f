package org.w3id.parley.cli;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.parley.load.LoadResult;
import org.w3id.parley.load.Loader;
import org.w3id.parley.store.Compaction;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE|DIR",
            description = "RDF files (.ttl .trig .nt .nq .rdf) or folders of them.")
    List<Path> paths;

    @Override
    public Integer call() {
        DatasetGraph store = storeOptions.open();
        try {
            Loader loader = shapes.loader(store, err());
            LoadResult result = loader.load(paths);
            // the size after a store's first load is what `serve` later measures its growth against
            if (Compaction.isOnDisk(store)) Compaction.recordBaselineIfAbsent(store);
            out().println("Loaded into " + storeOptions.describe() + ": " + result.summary());
            return 0;
        } finally {
            store.close();
        }
    }
}
