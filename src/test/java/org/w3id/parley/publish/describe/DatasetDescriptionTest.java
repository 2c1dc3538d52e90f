package org.w3id.parley.publish.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.parley.publish.Published;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;

/** VoID and DCAT: every number equals a COUNT over the store. */
class DatasetDescriptionTest {
    private static final String VOID = "PREFIX void: <http://rdfs.org/ns/void#>\n";
    private static final String VOID_NS = "http://rdfs.org/ns/void#";
    private static final String DATASET = "https://w3id.org/parley/id/dataset";
    private static final String IANA = "http://www.iana.org/assignments/media-types/";
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
                    // the dataset: its named graphs of data, not the reading view (derived) nor the load manifest
                    if (quad.isDefaultGraph() || !Stores.isData(quad.getGraph())) return;
                    Triple triple = quad.asTriple();
                    distinct.add(triple);
                    if (triple.getPredicate().equals(RDF.type.asNode())) types.add(triple.getObject());
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
                33,
                partition("classPartition", "class", "https://w3id.org/parley/ontology#Claim", "entities"),
                "the article's 33 claims");
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
            "<" + site.url("/parley/sparql") + ">",
            "void:dataDump",
            "<" + site.url("/dumps/parley.trig") + ">",
            "<" + site.url("/dumps/parley.nq.gz") + ">",
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

    @Test
    void theSparqlEndpointIsThisServersAndIsADcatDataServiceOfTheDataset() {
        // Was https://w3id.org/parley/parley/sparql (base plus dataset path), and DCAT had no service or access URL.
        String endpoint = site.url("/parley/sparql");
        assertEquals(List.of(endpoint), objects(DATASET, VOID_NS + "sparqlEndpoint"));
        List<Map<String, String>> services = select(description, """
                SELECT ?service ?distribution WHERE {
                  ?service a dcat:DataService ; dcat:endpointURL <%1$s> ; dcat:servesDataset <%2$s> .
                  <%2$s> dcat:distribution ?distribution .
                  ?distribution a dcat:Distribution ; dcat:accessURL <%1$s> ; dcat:accessService ?service .
                }""".formatted(endpoint, DATASET));
        assertEquals(1, services.size(), services::toString);
        assertEquals(endpoint + "#service", services.get(0).get("service"), "the service the SPARQL description names");
    }

    @Test
    void dumpsAreDownloadedFromThisServerWithTheirMediaTypes() {
        // Were https://w3id.org/parley/dumps/..., not this server.
        Map<String, String> expected = Map.of(
                site.url("/dumps/parley.trig"), "application/trig",
                site.url("/dumps/parley.nq.gz"), "application/n-quads",
                site.url("/dumps/parley.jsonld"), "application/ld+json");
        assertEquals(expected.keySet(), Set.copyOf(objects(DATASET, VOID_NS + "dataDump")));
        for (var dump : expected.entrySet()) {
            List<Map<String, String>> rows = select(description, """
                    SELECT ?type WHERE {
                      <%s> dcat:distribution ?d . ?d a dcat:Distribution ; dcat:downloadURL <%s> ; dcat:mediaType ?type .
                    }""".formatted(DATASET, dump.getKey()));
            assertEquals(List.of(Map.of("type", IANA + dump.getValue())), rows, dump.getKey());
            assertEquals(
                    200,
                    site.getBytes(dump.getKey().substring(site.url("").length()), "*/*")
                            .statusCode());
        }
    }

    @Test
    void theGzippedDumpIsNQuadsCompressedWithGzip() {
        // Was described as application/n-quads alone, though the file is gzip.
        List<Map<String, String>> rows = select(description, """
                SELECT ?type ?compression WHERE {
                  ?d dcat:downloadURL <%s> ; dcat:mediaType ?type ; dcat:compressFormat ?compression .
                }""".formatted(site.url("/dumps/parley.nq.gz")));
        assertEquals(
                List.of(Map.of("type", IANA + "application/n-quads", "compression", IANA + "application/gzip")), rows);
        assertTrue(
                select(
                                description,
                                "SELECT ?d WHERE { ?d dcat:downloadURL <%s> ; dcat:compressFormat ?c }"
                                        .formatted(site.url("/dumps/parley.trig")))
                        .isEmpty(),
                "the other dumps are not compressed");
    }

    @Test
    void theDescriptionInJsonLdNamesTheSameServerAndTheDatasetKeepsItsIri() {
        Graph jsonld = Published.parse(
                        site.get("/id/dataset", "application/ld+json").body(), Lang.JSONLD)
                .getDefaultGraph();
        assertTrue(jsonld.isIsomorphicWith(description));
        assertTrue(jsonld.contains(
                NodeFactory.createURI("https://w3id.org/parley/id/dataset"),
                RDF.type.asNode(),
                NodeFactory.createURI("http://rdfs.org/ns/void#Dataset")));
    }

    @Test
    void theSameRequestGetsTheSameBytesAndAnotherNameOfTheServerItsOwn() {
        HttpResponse<String> first = site.get("/id/dataset", "text/turtle");
        HttpResponse<String> second = site.get("/id/dataset", "text/turtle");
        assertEquals(first.body(), second.body());
        assertEquals(first.headers().firstValue("ETag"), second.headers().firstValue("ETag"));
        String other = site.url("").replace("localhost", "127.0.0.1");
        HttpResponse<String> elsewhere = Http.get(other + "/id/dataset", "text/turtle");
        assertTrue(elsewhere.body().contains("<" + other + "/parley/sparql>"), elsewhere.body());
        assertNotEquals(first.headers().firstValue("ETag"), elsewhere.headers().firstValue("ETag"));
    }

    @Test
    void thePageLinksToTheSameUrls() {
        String page = site.html("/id/dataset");
        for (String url : new String[] {
            site.url("/parley/sparql"), site.url("/dumps/parley.trig"), site.url("/dumps/parley.nq.gz")
        }) assertTrue(page.contains("<a href=\"" + url + "\">"), url);
    }

    private static List<String> objects(String subject, String property) {
        return description
                .find(NodeFactory.createURI(subject), NodeFactory.createURI(property), Node.ANY)
                .mapWith(t -> t.getObject().getURI())
                .toList();
    }

    /** The rows of {@code select} over {@code g}, each variable bound to its IRI (or a blank node's label). */
    private static List<Map<String, String>> select(Graph g, String select) {
        try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.wrap(g))
                .query("PREFIX dcat: <http://www.w3.org/ns/dcat#>\n" + select)
                .build()) {
            List<Map<String, String>> rows = new ArrayList<>();
            exec.select().forEachRemaining(binding -> {
                Map<String, String> row = new HashMap<>();
                binding.forEach((v, n) -> row.put(v.getVarName(), n.isURI() ? n.getURI() : n.toString()));
                rows.add(row);
            });
            return rows;
        }
    }

    /** A COUNT asked of the article's store directly, not through the server. */
    /** The count over the dataset VoID describes: its named graphs of data, merged, as the default graph. */
    private static long count(String select) {
        DatasetGraph store = Article.store();
        return Txn.calculateRead(store, () -> {
            List<Node> graphs = Iter.toList(Iter.filter(store.listGraphNodes(), Stores::isData));
            return Published.count(DynamicDatasets.dynamicDataset(graphs, graphs, store, false), select);
        });
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
