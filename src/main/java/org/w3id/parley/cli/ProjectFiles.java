package org.w3id.parley.cli;

/**
 * Default locations of the project's own files, as picocli default values: under the {@code parley.home}
 * system property (the {@code parley} launcher sets it to the checkout) or else the working directory.
 */
final class ProjectFiles {

    /** Public for the benchmark's command line, which takes the same ontology folder. */
    static final String ONTOLOGY = "${sys:parley.home:-.}/ontology";

    static final String DATA = "${sys:parley.home:-.}/data";
    static final String SHAPES = "${sys:parley.home:-.}/ontology/shapes.ttl";

    private ProjectFiles() {}
}
