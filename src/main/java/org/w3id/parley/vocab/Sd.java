package org.w3id.parley.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms of the SPARQL 1.1 Service Description vocabulary that describe Parley's endpoint, and the W3C
 * format IRIs it names as result formats; Jena 5.6 ships no class for either.
 */
public final class Sd {
    public static final String NS = "http://www.w3.org/ns/sparql-service-description#";
    /** Unique URIs for file formats, {@code http://www.w3.org/ns/formats/}. */
    public static final String FORMATS = "http://www.w3.org/ns/formats/";

    public static final Node Service = term("Service");
    public static final Node Dataset = term("Dataset");
    public static final Node Graph = term("Graph");
    public static final Node SPARQL11Query = term("SPARQL11Query");
    public static final Node SPARQL11Update = term("SPARQL11Update");
    public static final Node UnionDefaultGraph = term("UnionDefaultGraph");
    public static final Node endpoint = term("endpoint");
    public static final Node supportedLanguage = term("supportedLanguage");
    public static final Node feature = term("feature");
    public static final Node resultFormat = term("resultFormat");
    public static final Node defaultDataset = term("defaultDataset");
    public static final Node defaultGraph = term("defaultGraph");

    /** A format IRI such as {@code formats:SPARQL_Results_JSON}. */
    public static Node format(String name) {
        return NodeFactory.createURI(FORMATS + name);
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private Sd() {}
}
