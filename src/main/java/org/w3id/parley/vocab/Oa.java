package org.w3id.parley.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms of the W3C Web Annotation vocabulary that anchor a quote; Jena 5.6 ships no class for them. */
public final class Oa {
    public static final String NS = "http://www.w3.org/ns/oa#";

    public static final Node Annotation = term("Annotation");
    public static final Node SpecificResource = term("SpecificResource");
    public static final Node TextPositionSelector = term("TextPositionSelector");
    public static final Node TextQuoteSelector = term("TextQuoteSelector");
    public static final Node end = term("end");
    public static final Node exact = term("exact");
    public static final Node hasBody = term("hasBody");
    public static final Node hasSelector = term("hasSelector");
    public static final Node hasSource = term("hasSource");
    public static final Node hasTarget = term("hasTarget");
    public static final Node identifying = term("identifying");
    public static final Node motivatedBy = term("motivatedBy");
    public static final Node prefix = term("prefix");
    public static final Node start = term("start");
    public static final Node suffix = term("suffix");

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private Oa() {}
}
