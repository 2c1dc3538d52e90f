package org.w3id.parley.publish.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.parley.publish.Published;
import org.w3id.parley.testing.Article;

/** VoID and DCAT: every number equals a COUNT over the store. */
class DatasetDescriptionTest {
    private static final String VOID = "PREFIX void: <http://rdfs.org/ns/void#>\n";
    private static final Published site = Published.on(Article.server());
    private static Graph description;

    @BeforeAll
    static void readTheDescription() {
        description = Published.parse(
                        site.get("/.well-known/void", "text/turtle").body(), Lang.TURTLE)
                .getDefaultGraph();
    }

    @Test
    void theWellKnownAddressAndTheDatasetIriServeTheSameDescription() {
        Graph atIri = Published.parse(site.get("/id/dataset", "text/turtle").body(), Lang.TURTLE)
                .getDefaultGraph();
        assertTrue(atIri.isIsomorphicWith(description));
    }

    @Test
    void datasetCountsEqualCountQueriesOverTheStore() {
        assertEquals(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), number("void:triples"));
        assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }"), number("void:distinctSubjects"));
        assertEquals(count("SELECT (COUNT(DISTINCT ?o) AS ?n) { ?s ?p ?o }"), number("void:distinctObjects"));
        assertEquals(count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?s ?p ?o }"), number("void:properties"));
        assertEquals(count("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?s a ?c }"), number("void:classes"));
        assertEquals(
                count(
                        "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"https://w3id.org/parley/id/\")) }"),
                number("void:entities"));
    }

    @Test
    void theTripleCountAgreesWithTheStoresQuadsCountedWithoutSparql() {
        Set<Triple> distinct = new HashSet<>();
        Set<Node> types = new HashSet<>();
        Txn.executeRead(
                Article.store(),
                () -> Article.store().find().forEachRemaining(quad -> {
                    if (quad.isDefaultGraph()) return; // the load manifest, which the union default graph does not show
                    distinct.add(quad.asTriple());
                    if (quad.getPredicate().equals(RDF.type.asNode())) types.add(quad.getObject());
                }));
        assertEquals(distinct.size(), number("void:triples"));
        assertEquals(types.size(), number("void:classes"));
    }

    @Test
    void partitionsEqualCountsPerClassAndProperty() {
        assertEquals(
                count(
                        "PREFIX parley: <https://w3id.org/parley/ontology#> SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a parley:Claim }"),
                partition("classPartition", "class", "https://w3id.org/parley/ontology#Claim", "entities"));
        assertEquals(
                32,
                partition("classPartition", "class", "https://w3id.org/parley/ontology#Claim", "entities"),
                "the article's 32 claims");
        assertEquals(
                count(
                        "PREFIX parley: <https://w3id.org/parley/ontology#> SELECT (COUNT(*) AS ?n) { ?a parley:isPreconditionFor ?b }"),
                partition(
                        "propertyPartition",
                        "property",
                        "https://w3id.org/parley/ontology#isPreconditionFor",
                        "triples"));
    }

    @Test
    void itSaysWhereTheDataIsAndUnderWhichTerms() {
        String turtle = site.get("/id/dataset", "text/turtle").body();
        for (String expected : new String[] {
            "void:uriSpace",
            "\"https://w3id.org/parley/id/\"",
            "void:sparqlEndpoint",
            "<https://w3id.org/parley/parley/sparql>",
            "void:dataDump",
            "<https://w3id.org/parley/dumps/parley.trig>",
            "<https://w3id.org/parley/dumps/parley.nq.gz>",
            "dcterms:license",
            "<https://creativecommons.org/licenses/by/4.0/>",
            "dcterms:publisher",
            "dcat:distribution",
            "void:vocabulary",
            "<https://w3id.org/parley/ontology#>",
            "<http://www.w3.org/ns/oa#>",
            "dcterms:source",
            "<https://w3id.org/parley/id/article/conceding-donetsk>"
        }) assertTrue(turtle.contains(expected), expected);
    }

    /** A COUNT asked of the article's store directly, not through the server. */
    private static long count(String select) {
        return Published.count(Article.store(), select);
    }

    private static long number(String property) {
        Node dataset = NodeFactory.createURI(Published.ID + "dataset");
        Node p = NodeFactory.createURI("http://rdfs.org/ns/void#" + property.substring("void:".length()));
        return ((Number) description
                        .find(dataset, p, Node.ANY)
                        .next()
                        .getObject()
                        .getLiteralValue())
                .longValue();
    }

    private static long partition(String kind, String termProperty, String term, String countProperty) {
        try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.wrap(description))
                .query(VOID + "SELECT ?n WHERE { ?d void:" + kind + " ?part . ?part void:" + termProperty + " <" + term
                        + "> ; void:" + countProperty + " ?n }")
                .build()) {
            return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
        }
    }
}
