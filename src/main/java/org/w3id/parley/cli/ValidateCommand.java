package org.w3id.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.parley.load.LoadResult;
import org.w3id.parley.store.Stores;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "validate",
        description = {
            "Run every check of 'load' (syntax, SHACL, inference) on RDF files, together with the ontology,",
            "in a scratch in-memory store. Writes nothing."
        })
final class ValidateCommand extends Subcommand {
    @Mixin
    ShapesOption shapes;

    @Mixin
    OntologyOption ontology;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "RDF files or folders to check.")
    List<Path> paths;

    @Override
    public Integer call() {
        List<Path> all = new ArrayList<>();
        if (Files.isDirectory(ontology.folder())) all.add(ontology.folder());
        all.addAll(paths);
        DatasetGraph scratch = Stores.inMemory();
        try {
            LoadResult result = shapes.loader(scratch, err()).check(all);
            out().println("Valid: " + result.summary());
            return 0;
        } finally {
            scratch.close();
        }
    }
}
