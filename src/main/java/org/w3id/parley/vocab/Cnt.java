package org.w3id.parley.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms of W3C Representing Content in RDF that hold a source's text; Jena 5.6 ships no class for them. */
public final class Cnt {
    public static final String NS = "http://www.w3.org/2011/content#";

    public static final Node ContentAsText = term("ContentAsText");
    public static final Node chars = term("chars");

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private Cnt() {}
}
