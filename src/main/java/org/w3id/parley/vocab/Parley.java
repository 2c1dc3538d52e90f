package org.w3id.parley.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The Parley ontology namespace, {@code https://w3id.org/parley/ontology#}: the terms the code relies on. */
public final class Parley {
    public static final String NS = "https://w3id.org/parley/ontology#";
    /** The ontology itself; its terms are fragments of this document. */
    public static final Node ONTOLOGY = NodeFactory.createURI("https://w3id.org/parley/ontology");

    public static final Node Claim = term("Claim");
    public static final Node sha256 = term("sha256");

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private Parley() {}
}
