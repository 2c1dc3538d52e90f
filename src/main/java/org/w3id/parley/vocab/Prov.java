package org.w3id.parley.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms of W3C PROV-O that Parley writes; Jena 5.6 ships no PROV vocabulary class. */
public final class Prov {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Node Entity = term("Entity");
    public static final Node hadMember = term("hadMember");
    public static final Node used = term("used");
    public static final Node wasDerivedFrom = term("wasDerivedFrom");

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private Prov() {}
}
