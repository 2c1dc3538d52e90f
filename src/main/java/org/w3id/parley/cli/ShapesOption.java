package org.w3id.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.parley.load.Inference;
import org.w3id.parley.load.Loader;
import org.w3id.parley.load.Validation;

import picocli.CommandLine.Option;

/** {@code --shapes FILE}, and the loader every command that loads builds from it. */
final class ShapesOption {
    @Option(
            names = "--shapes",
            paramLabel = "FILE",
            defaultValue = ProjectFiles.SHAPES,
            description = "SHACL shapes the data must conform to (default: ${DEFAULT-VALUE}).")
    Path shapes;

    /** A loader into {@code store} that validates with these shapes, runs the standard rules and reports progress on {@code err}. */
    Loader loader(DatasetGraph store, PrintWriter err) {
        return new Loader(store, Validation.fromFile(shapes), Inference.standard(), err::println);
    }
}
