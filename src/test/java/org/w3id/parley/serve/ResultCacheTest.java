package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Fixtures;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.TestServer;

/** Repeated queries are answered from memory until the store commits a change, and only then. */
class ResultCacheTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private TestServer server;
    private DatasetGraph store;
    private String endpoint;

    /** Its own store and server: the tests write to the store, directly and through the server. */
    @BeforeEach
    void start() {
        store = Fixtures.chainStore();
        server = TestServer.over(store).auth(fixture("users.passwd")).start();
        endpoint = server.sparql();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheWithTheSameBytes() {
        HttpResponse<String> first = Http.query(endpoint, COUNT, "text/csv");
        HttpResponse<String> second = Http.query(endpoint, COUNT, "text/csv");
        assertEquals(200, second.statusCode());
        assertFalse(first.headers().firstValue(ResultCache.HEADER).isPresent());
        assertEquals("hit", second.headers().firstValue(ResultCache.HEADER).orElse(""));
        assertEquals(first.body(), second.body());
        assertTrue(second.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));

        HttpResponse<String> get = Http.get(endpoint + "?query=" + Http.encode(COUNT), "text/csv");
        assertEquals(first.body(), get.body(), "GET and POST give the same answer");
        HttpResponse<String> json = Http.query(endpoint, COUNT, "application/sparql-results+json");
        assertFalse(json.headers().firstValue(ResultCache.HEADER).isPresent(), "another Accept is another answer");
        assertTrue(json.body().contains("\"bindings\""));
    }

    @Test
    void aLargeAnswerIsKeptCompressedAndServedByteForByte() {
        String values = IntStream.rangeClosed(1, 60).mapToObj(Integer::toString).collect(Collectors.joining(" "));
        String rows = "SELECT ?a ?b ?c WHERE { VALUES ?a { " + values + " } VALUES ?b { " + values + " } VALUES ?c { "
                + values + " } }";
        HttpResponse<String> first = Http.query(endpoint, rows, "application/sparql-results+json");
        HttpResponse<String> second = Http.query(endpoint, rows, "application/sparql-results+json");
        assertTrue(
                first.body().length() > 10 << 20,
                "the answer is " + first.body().length() + " characters, more than the buffers it passes");
        assertEquals("hit", second.headers().firstValue(ResultCache.HEADER).orElse(""));
        assertEquals(first.body(), second.body());
        assertEquals(
                String.valueOf(second.body().length()),
                second.headers().firstValue("Content-Length").orElse(""));
    }

    @Test
    void aCommitInvalidatesEveryAnswer() {
        long before = count(Http.query(endpoint, COUNT, "text/csv"));
        Txn.executeWrite(
                store,
                () -> store.add(
                        NodeFactory.createURI("http://example.org/g"),
                        NodeFactory.createURI("http://example.org/s"),
                        NodeFactory.createURI("http://example.org/p"),
                        NodeFactory.createLiteralString("new")));
        HttpResponse<String> after = Http.query(endpoint, COUNT, "text/csv");
        assertFalse(after.headers().firstValue(ResultCache.HEADER).isPresent());
        assertEquals(before + 1, count(after));

        String insert =
                "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> \"newer\" } }";
        assertEquals(
                204,
                Http.update(server.dataset() + "update", insert, "editor", "s3cret")
                        .statusCode());
        assertEquals(
                before + 2,
                count(Http.query(endpoint, COUNT, "text/csv")),
                "an update through the server invalidates too");
    }

    @Test
    void failuresAndQueryBodiesAreNotCached() {
        HttpResponse<String> bad = Http.query(endpoint, "SELECT * WHERE { ?s ?p }", "text/csv");
        assertEquals(400, bad.statusCode());
        assertEquals(
                400,
                Http.query(endpoint, "SELECT * WHERE { ?s ?p }", "text/csv").statusCode());

        HttpRequest direct = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(COUNT))
                .build();
        Http.send(direct);
        HttpResponse<String> again = Http.send(direct);
        assertEquals(200, again.statusCode());
        assertFalse(
                again.headers().firstValue(ResultCache.HEADER).isPresent(), "a query in the body is passed through");
    }

    private static long count(HttpResponse<String> csv) {
        assertEquals(200, csv.statusCode(), csv::body);
        return Long.parseLong(
                csv.body().strip().lines().skip(1).findFirst().orElseThrow().strip());
    }
}
