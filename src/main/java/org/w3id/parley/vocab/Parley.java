package org.w3id.parley.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The Parley ontology namespace, {@code https://w3id.org/parley/ontology#}: the terms the code relies on. */
public final class Parley {
    public static final String NS = "https://w3id.org/parley/ontology#";
    public static final String PREFIX = "parley";
    /** The ontology's own IRI, also the name of the graph the ontology is loaded into. */
    public static final String ONTOLOGY = "https://w3id.org/parley/ontology";

    public static final Node Claim = term("Claim");
    public static final Node isPreconditionFor = term("isPreconditionFor");
    public static final Node hasPrecondition = term("hasPrecondition");
    public static final Node sha256 = term("sha256");

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private Parley() {}
}
