package org.w3id.parley.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --ontology DIR}: the ontology every load and check takes together with the data. */
public final class OntologyOption {
    @Option(
            names = "--ontology",
            paramLabel = "DIR",
            defaultValue = ProjectFiles.ONTOLOGY,
            description = "Ontology folder, loaded or checked together with the data (default: ${DEFAULT-VALUE}).")
    Path folder;

    public Path folder() {
        return folder;
    }
}
