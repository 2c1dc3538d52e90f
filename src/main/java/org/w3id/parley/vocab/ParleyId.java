package org.w3id.parley.vocab;

import java.util.List;
import java.util.UUID;

import org.apache.jena.atlas.lib.IRILib;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The namespace of resources Parley mints, {@code https://w3id.org/parley/id/}, and the names of the
 * graphs that are not claims.
 */
public final class ParleyId {
    /** Where Parley's IRIs live: the ontology and {@code id/} below it; a server answers for these paths. */
    public static final String BASE = "https://w3id.org/parley/";

    public static final String NS = BASE + "id/";
    /** Where synthetic corpora mint their IRIs, so generated data can never collide with a real source's. */
    public static final String GENERATED = NS + "gen/";

    /** Where graph names live. */
    public static final String GRAPHS = NS + "graph/";

    /** Entailments materialised at load time, kept apart from what the sources assert. */
    public static final Node INFERRED_GRAPH = graph("inferred");

    /**
     * The fragments a quote's Web Annotation anchoring is named by, under the IRI of what it anchors:
     * {@code <claim#target>} (the {@code oa:SpecificResource}), {@code #quote} and {@code #position} (its selectors),
     * {@code #annotation}. The load mints them so; the pages describe a document by them when nothing else is said of
     * it (the article's {@code annotation/dateline} is only its fragments).
     */
    public static final List<String> ANCHOR_FRAGMENTS = List.of("target", "quote", "position", "annotation");

    /** The {@code part} fragment of {@code anchored}'s anchoring, one of {@link #ANCHOR_FRAGMENTS}. */
    public static Node anchorFragment(Node anchored, String part) {
        return NodeFactory.createURI(anchored.getURI() + "#" + part);
    }

    /** Where the triples of a file with no named graph and no ontology header go. */
    public static Node fileGraph(String fileName) {
        return graph("file/" + IRILib.encodeUriComponent(fileName));
    }

    public static Node graph(String name) {
        return NodeFactory.createURI(GRAPHS + name);
    }

    /**
     * A fresh name for a graph a client creates without naming it (Graph Store Protocol {@code POST} to the graph
     * store); random, so no source's graph can ever have it.
     */
    public static Node newGraph() {
        return graph(UUID.randomUUID().toString());
    }

    private ParleyId() {}
}
