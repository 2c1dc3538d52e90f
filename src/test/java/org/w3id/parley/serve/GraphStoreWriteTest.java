package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.TestServer;
import org.w3id.parley.testing.WritableArticle;
import org.w3id.parley.vocab.ParleyId;

/**
 * Graph Store writes ({@link NamedGraphStore}): the default graph, the union of the named graphs, is refused under each
 * of its names with 400 and nothing changed, the store's own default graph (the load manifest) included; a graph
 * {@code POST}ed to the graph store itself becomes a new graph named by the server (Graph Store Protocol §5.5); quads
 * go to the graphs they name.
 */
class GraphStoreWriteTest {
    private static final String TRIPLE = "<http://example.org/a> <http://example.org/b> <http://example.org/c> .";
    private static final Triple ABC =
            Triple.create(uri("http://example.org/a"), uri("http://example.org/b"), uri("http://example.org/c"));
    private static final String CREDENTIALS =
            "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));

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

    @Test
    void theDefaultGraphCannotBeWrittenUnderAnyName() {
        for (String target : List.of(
                "?default",
                "?graph=default",
                "?graph=" + Http.encode(Quad.defaultGraphIRI.getURI()),
                "?graph=" + Http.encode(Quad.defaultGraphNodeGenerated.getURI()),
                "?graph=" + Http.encode(Quad.unionGraph.getURI())))
            for (String method : List.of("PUT", "POST", "DELETE")) {
                HttpResponse<String> response = send(method, "data" + target, "text/turtle", TRIPLE);
                assertEquals(400, response.statusCode(), () -> method + " " + target + ": " + response.body());
                assertTrue(
                        response.body().contains(method + " to the default graph: " + DefaultGraphNotWritable.REASON),
                        response::body);
                assertTrue(response.body().contains("?graph=IRI"), response::body);
                assertUnchanged(method + " " + target);
            }
    }

    @Test
    void aGraphPostedToTheGraphStoreBecomesANewGraph() {
        HttpResponse<String> created = send("POST", "data", "text/turtle", TRIPLE);
        assertEquals(201, created.statusCode(), created::body);
        String location = created.headers().firstValue("Location").orElseThrow();
        Matcher name = Pattern.compile(Pattern.quote(server.dataset() + "data?graph=") + "(.+)")
                .matcher(location);
        assertTrue(name.matches(), location);
        String graph = URLDecoder.decode(name.group(1), StandardCharsets.UTF_8);
        assertTrue(
                graph.matches(Pattern.quote(ParleyId.GRAPHS)
                        + "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
                graph);

        HttpResponse<String> got = Http.send(HttpRequest.newBuilder(URI.create(location))
                .header("Authorization", CREDENTIALS)
                .header("Accept", "application/n-triples")
                .build());
        assertEquals(200, got.statusCode(), got::body);
        assertEquals(
                Set.of(ABC),
                triples(RDFParser.fromString(got.body(), Lang.NTRIPLES).toGraph()));
        Txn.executeRead(store, () -> assertEquals(Set.of(ABC), triples(store.getGraph(uri(graph)))));

        HttpResponse<String> another = send("POST", "data", "text/turtle", TRIPLE);
        assertEquals(201, another.statusCode(), another::body);
        assertNotEquals(location, another.headers().firstValue("Location").orElseThrow(), "the same graph twice");
        article.assertManifestUnchanged("the request");
    }

    @Test
    void aPostWithNoTriplesCreatesNothing() {
        HttpResponse<String> response = send("POST", "data", "text/turtle", "# nothing\n");
        assertEquals(400, response.statusCode(), response::body);
        assertTrue(response.body().contains("The body has no triples"), response::body);
        assertUnchanged("an empty POST");
    }

    @Test
    void quadsGoToTheGraphsTheyNameButNeverToTheDefaultGraph() {
        String named = "<http://example.org/graph/q> { " + TRIPLE + " }";
        for (String body : List.of(TRIPLE + "\n" + named, named + "\n{ " + TRIPLE + " }")) {
            HttpResponse<String> refused = send("POST", "data", "application/trig", body);
            assertEquals(400, refused.statusCode(), refused::body);
            assertTrue(refused.body().contains("Cannot write to the default graph"), refused::body);
            assertUnchanged("TriG with a default graph");
        }
        HttpResponse<String> put = send("PUT", "data", "application/n-quads", TRIPLE);
        assertEquals(400, put.statusCode(), put::body);
        assertUnchanged("a PUT of N-Quads with one in the default graph");

        HttpResponse<String> trig = send("POST", "data", "application/trig", named);
        assertEquals(200, trig.statusCode(), trig::body);
        HttpResponse<String> nquads =
                send("POST", "data", "application/n-quads", TRIPLE.replace(" .", " <http://example.org/graph/r> ."));
        assertEquals(200, nquads.statusCode(), nquads::body);
        Txn.executeRead(store, () -> {
            assertEquals(Set.of(ABC), triples(store.getGraph(uri("http://example.org/graph/q"))));
            assertEquals(Set.of(ABC), triples(store.getGraph(uri("http://example.org/graph/r"))));
        });
        article.assertManifestUnchanged("the request");
    }

    @Test
    void aPutOfQuadsReplacesTheNamedGraphsAndKeepsTheManifest() {
        HttpResponse<String> put = send(
                "PUT",
                "data",
                "application/n-quads",
                "<http://example.org/a> <http://example.org/b> <http://example.org/c> <http://example.org/graph/q> .");
        assertEquals(200, put.statusCode(), put::body);
        Txn.executeRead(
                store,
                () -> assertEquals(
                        List.of(uri("http://example.org/graph/q")),
                        Iter.toList(Iter.filter(store.listGraphNodes(), Stores::isData))));
        article.assertManifestUnchanged("the request");
    }

    /** A remote {@code @context} would be fetched by the JSON-LD parser: the body is refused before it is read. */
    @Test
    void jsonLdIsRefusedWithoutReachingTheNetwork() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String body = "{\"@context\": \"http://127.0.0.1:" + listener.getLocalPort()
                    + "/context.jsonld\", \"@id\": \"http://example.org/a\", \"b\": \"c\"}";
            for (String method : List.of("POST", "PUT"))
                for (String target : List.of("data", "data?graph=http://example.org/graph/j")) {
                    HttpResponse<String> response = send(method, target, "application/ld+json", body);
                    assertEquals(415, response.statusCode(), response::body);
                    assertTrue(response.body().contains("JSON-LD bodies are refused"), response::body);
                }
            listener.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, listener::accept, "the server fetched the remote context");
        }
        assertUnchanged("a JSON-LD body");
    }

    private void assertUnchanged(String what) {
        article.assertUnchanged(what);
    }

    private HttpResponse<String> send(String method, String pathAndQuery, String type, String body) {
        return Http.send(HttpRequest.newBuilder(URI.create(server.dataset() + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", CREDENTIALS)
                .header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static Set<Triple> triples(Graph graph) {
        return Set.copyOf(graph.find().toList());
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
