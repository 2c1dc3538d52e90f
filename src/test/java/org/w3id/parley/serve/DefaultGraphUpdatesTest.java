package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.ManifestDigests;
import org.w3id.parley.testing.TestServer;
import org.w3id.parley.testing.WritableArticle;

/**
 * SPARQL Update ({@link ClientUpdateErrors}) sees the default graph as queries do, the union of the named graphs, and
 * refuses with 400 every operation that would write to or clear it, whatever it matches; the store's own default graph
 * (the load manifest) is neither changed nor read, and a refused request leaves nothing of itself behind.
 */
class DefaultGraphUpdatesTest {
    private static final String G = "<http://example.org/graph/g>";
    private static final String TRIPLE = "<http://example.org/a> <http://example.org/b> <http://example.org/c>";
    /** Who stated each of the article's claims, each claim in a named graph of its own. */
    private static final String CLAIM = "<https://w3id.org/parley/ontology#statedBy>";

    private WritableArticle article;
    private DatasetGraph store;
    private TestServer server;

    @BeforeEach
    void start() {
        article = WritableArticle.start();
        store = article.store();
        server = article.server();
    }

    @AfterEach
    void stop() {
        article.close();
    }

    /** Each update and words its refusal must contain. */
    static List<Map.Entry<String, String>> writesToTheDefaultGraph() {
        return List.of(
                Map.entry("INSERT DATA { " + TRIPLE + " }", "Cannot write to the default graph"),
                Map.entry("DELETE DATA { " + TRIPLE + " }", "Cannot write to the default graph"),
                Map.entry(
                        "INSERT DATA { GRAPH <urn:x-arq:DefaultGraph> { " + TRIPLE + " } }",
                        "Cannot write to the default graph"),
                Map.entry("INSERT { ?s ?p ?o } WHERE { ?s ?p ?o }", "An INSERT template outside GRAPH"),
                Map.entry("INSERT { ?s ?p ?o } WHERE { FILTER(false) }", "An INSERT template outside GRAPH"),
                Map.entry("DELETE { ?s ?p ?o } WHERE { ?s " + CLAIM + " ?o }", "A DELETE template outside GRAPH"),
                Map.entry(
                        "INSERT { GRAPH <urn:x-arq:UnionGraph> { ?s ?p ?o } } WHERE { ?s " + CLAIM + " ?o }",
                        "writes to the default graph"),
                Map.entry(
                        "INSERT { GRAPH ?g { " + TRIPLE + " } } WHERE { VALUES ?g { <urn:x-arq:DefaultGraphNode> } }",
                        "Cannot write to the default graph"),
                Map.entry("WITH <urn:x-arq:DefaultGraph> INSERT { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH"),
                Map.entry("DELETE WHERE { ?s " + CLAIM + " ?o }", "DELETE WHERE writes to the default graph"),
                Map.entry("LOAD <http://example.org/nothing.ttl>", "LOAD without INTO"),
                Map.entry("LOAD <http://example.org/nothing.ttl> INTO GRAPH <urn:x-arq:DefaultGraph>", "LOAD INTO"),
                Map.entry("CLEAR DEFAULT", "CLEAR DEFAULT"),
                Map.entry("DROP DEFAULT", "DROP DEFAULT"),
                Map.entry("CLEAR ALL", "use CLEAR NAMED"),
                Map.entry("DROP ALL", "use DROP NAMED"),
                Map.entry("CLEAR GRAPH <urn:x-arq:DefaultGraph>", "names the default graph"),
                Map.entry("DROP GRAPH <urn:x-arq:UnionGraph>", "names the default graph"),
                Map.entry("CREATE GRAPH <urn:x-arq:DefaultGraphNode>", "names the default graph"),
                Map.entry("ADD DEFAULT TO " + G, "ADD from or to DEFAULT"),
                Map.entry("COPY " + G + " TO DEFAULT", "COPY from or to DEFAULT"),
                Map.entry("MOVE DEFAULT TO " + G, "MOVE from or to DEFAULT"),
                Map.entry("ADD " + G + " TO GRAPH <urn:x-arq:DefaultGraph>", "names the default graph"));
    }

    @ParameterizedTest
    @MethodSource("writesToTheDefaultGraph")
    void isRefusedAndChangesNothing(Map.Entry<String, String> refused) {
        assertRefused(refused.getKey(), refused.getValue());
    }

    @Test
    void aRefusedOperationUndoesTheOperationsBeforeIt() {
        assertRefused(
                "INSERT DATA { GRAPH " + G + " { " + TRIPLE + " } } ;\n" + "DROP NAMED ;\n" + "INSERT DATA { " + TRIPLE
                        + " }",
                "Cannot write to the default graph");
        assertRefused("DROP NAMED ; CLEAR DEFAULT", "CLEAR DEFAULT");
    }

    @Test
    void whereStillReadsTheUnionAndNamedGraphsAreStillWritten() {
        long claims = Txn.calculateRead(
                store,
                () -> store.getUnionGraph()
                        .find(Node.ANY, node(CLAIM), Node.ANY)
                        .toList()
                        .size());
        assertTrue(claims > 1);
        HttpResponse<String> copy =
                update("INSERT { GRAPH " + G + " { ?s " + CLAIM + " ?o } } WHERE { ?s " + CLAIM + " ?o }");
        assertEquals(204, copy.statusCode(), copy::body);
        assertEquals(claims, graphG().size(), "the claims of every graph were copied");

        HttpResponse<String> with = update("WITH " + G + " DELETE { ?s " + CLAIM + " ?o } INSERT { " + TRIPLE
                + " } WHERE { ?s " + CLAIM + " ?o }");
        assertEquals(204, with.statusCode(), with::body);
        assertEquals(
                Set.of(Triple.create(
                        node("<http://example.org/a>"),
                        node("<http://example.org/b>"),
                        node("<http://example.org/c>"))),
                Set.copyOf(graphG().find().toList()),
                "WITH's graph holds only the inserted triple");
        article.assertManifestUnchanged("the request");
    }

    @Test
    void theLoadManifestCannotBeCopiedOut() {
        Set<Node> digests = ManifestDigests.of(store);
        long view = Txn.calculateRead(store, () -> store.getDefaultGraph().size());
        HttpResponse<String> copy =
                update("INSERT { GRAPH " + G + " { ?s ?p ?o } } WHERE { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o } }");
        assertEquals(204, copy.statusCode(), copy::body);
        Graph copied = graphG();
        assertEquals(view, copied.size(), "GRAPH <urn:x-arq:DefaultGraph> reads the reading view");
        assertTrue(
                copied.find()
                        .filterKeep(t -> digests.contains(t.getObject()))
                        .toList()
                        .isEmpty(),
                "the manifest was copied into a named graph");
        article.assertManifestUnchanged("the request");
    }

    /** A copy of {@link #G} as the store holds it now. */
    private Graph graphG() {
        return Txn.calculateRead(store, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.getGraph(node(G)).find().forEach(copy::add);
            return copy;
        });
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri.substring(1, iri.length() - 1));
    }

    private void assertRefused(String sparql, String words) {
        HttpResponse<String> response = update(sparql);
        assertEquals(400, response.statusCode(), () -> sparql + "\n" + response.body());
        assertTrue(response.body().contains(words), () -> "expected '" + words + "' in:\n" + response.body());
        assertTrue(
                response.body().contains(DefaultGraphNotWritable.REASON)
                        || response.body().contains("names the default graph"),
                response::body);
        article.assertUnchanged(sparql);
    }

    private HttpResponse<String> update(String sparql) {
        return Http.update(server.dataset() + "update", sparql, "editor", "s3cret");
    }
}
