package org.w3id.parley.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.parley.load.LoadResult;
import org.w3id.parley.load.Loader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {
            "Parse, validate (SHACL), infer and write RDF files into the store, in one transaction.",
            "Reloading a file replaces the graphs it wrote before. On any error nothing is written."
        })
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ShapesOption shapes;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "RDF files (.ttl .trig .nt .nq .rdf) or folders of them.")
    List<Path> paths;

    @Override
    public Integer call() {
        DatasetGraph store = storeOptions.open();
        try {
            Loader loader = shapes.loader(store, spec.commandLine().getErr());
            LoadResult result = loader.load(paths);
            spec.commandLine().getOut().println("Loaded into " + storeOptions.describe() + ": " + result.summary());
            return 0;
        } finally {
            store.close();
        }
    }
}
