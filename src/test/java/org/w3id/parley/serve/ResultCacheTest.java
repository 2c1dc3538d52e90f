package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Fixtures;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.LogCapture;
import org.w3id.parley.testing.TestServer;

/** Repeated queries are answered from memory until the store commits a change, and only then. */
class ResultCacheTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
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

    @Test
    void anAnswerTheTimeoutCutOffIsNotKept() {
        try (TestServer timed = TestServer.over(Fixtures.chainStore())
                .timeout(Duration.ofSeconds(1))
                .start()) {
            HttpResponse<String> cut = Http.query(timed.sparql(), STALLS, "application/sparql-results+json");
            assertEquals(200, cut.statusCode(), "the answer had begun when the timeout cut it off");
            assertThrows(JsonException.class, () -> JSON.parse(cut.body()), "the answer is cut off mid-JSON");

            HttpResponse<String> again = Http.query(timed.sparql(), STALLS, "application/sparql-results+json");
            assertFalse(again.headers().firstValue(ResultCache.HEADER).isPresent(), "the cut-off answer was kept");
        }
    }

    @Test
    void anAnswerTheClientHungUpOnIsNotKept() throws IOException {
        String values = IntStream.rangeClosed(1, 60).mapToObj(Integer::toString).collect(Collectors.joining(" "));
        String words = IntStream.rangeClosed(1, 80)
                .mapToObj(i -> "\"a value long enough to make the answer large " + i + "\"")
                .collect(Collectors.joining(" "));
        String rows = "# the client hangs up\nSELECT ?a ?b ?c WHERE { VALUES ?a { " + words + " } VALUES ?b { " + values
                + " } VALUES ?c { " + values + " } }";
        String url = endpoint + "?query=" + Http.encode(rows);

        try (LogCapture requests = LogCapture.of("org.w3id.parley.Request")) {
            long read = readPartOf(url, 100_000);
            assertTrue(read >= 100_000, "the answer ended after " + read + " bytes");
            awaitLogged(requests, Http.encode("# the client hangs up").substring(0, 20));
        }

        HttpResponse<String> whole = Http.get(url, "text/csv");
        assertEquals(200, whole.statusCode());
        assertFalse(
                whole.headers().firstValue(ResultCache.HEADER).isPresent(),
                "the part the client read before hanging up was kept");
        assertEquals(1 + 80 * 60 * 60, whole.body().lines().count(), "every row and the header");
        HttpResponse<String> hit = Http.get(url, "text/csv");
        assertEquals("hit", hit.headers().firstValue(ResultCache.HEADER).orElse(""));
        assertEquals(whole.body(), hit.body());
    }

    @Test
    void queriesWhoseAnswerDiffersEachTimeAreNotKept() {
        List<String> unstable = List.of(
                "SELECT (NOW() AS ?t) WHERE {}",
                "SELECT (RAND() AS ?r) WHERE {}",
                "SELECT (STRUUID() AS ?u) WHERE {}",
                "SELECT ?u WHERE { BIND(UUID() AS ?u) }",
                "SELECT (BNODE() AS ?b) WHERE {}",
                "SELECT ?s WHERE { ?s ?p ?o FILTER(RAND() < 2) } LIMIT 1",
                "SELECT ?x WHERE { { SELECT (STRUUID() AS ?x) WHERE {} } }",
                "ASK { FILTER EXISTS { BIND(RAND() AS ?r) FILTER(?r < 0.5) } }",
                "CONSTRUCT { ?s <http://example.org/id> ?id } WHERE { ?s ?p ?o BIND(STRUUID() AS ?id) } LIMIT 1",
                "CONSTRUCT { ?b <http://example.org/of> ?s } WHERE { ?s ?p ?o BIND(BNODE(STR(?s)) AS ?b) } LIMIT 1",
                "SELECT (<http://www.w3.org/2005/xpath-functions#current-dateTime>() AS ?t) WHERE {}");
        for (String query : unstable) {
            String accept = query.startsWith("CONSTRUCT") ? "application/n-triples" : "text/csv";
            HttpResponse<String> first = Http.query(endpoint, query, accept);
            HttpResponse<String> second = Http.query(endpoint, query, accept);
            assertEquals(200, second.statusCode(), () -> query + ": " + second.body());
            assertFalse(second.headers().firstValue(ResultCache.HEADER).isPresent(), query);
            if (query.contains("UUID") || query.startsWith("SELECT (RAND"))
                assertNotEquals(first.body(), second.body(), query);
        }
        assertTrue(ResultCache.deterministic("SELECT ?s WHERE { ?s ?p \"RAND()\" }"), "a function, not a string");
    }

    @Test
    void aHitRepeatsTheHeadersOfTheAnswer() {
        String get = endpoint + "?query=" + Http.encode(COUNT);
        for (String origin : Arrays.asList(null, "https://example.org")) {
            HttpResponse<String> miss = sendWith(get, "GET", origin);
            HttpResponse<String> hit = sendWith(get, "GET", origin);
            assertFalse(miss.headers().firstValue(ResultCache.HEADER).isPresent());
            assertEquals("hit", hit.headers().firstValue(ResultCache.HEADER).orElse(""));
            assertEquals(miss.body(), hit.body());
            for (String name :
                    List.of("Content-Type", "Cache-Control", "Pragma", "ETag", "Access-Control-Allow-Origin"))
                assertEquals(miss.headers().allValues(name), hit.headers().allValues(name), name);
            assertEquals(vary(miss), vary(hit));
            assertTrue(vary(hit).contains("Accept"), hit.headers()::toString);
            server.close();
            server = TestServer.over(store).auth(fixture("users.passwd")).start();
            get = server.sparql() + "?query=" + Http.encode(COUNT);
        }

        HttpResponse<String> postMiss = Http.query(server.sparql(), COUNT, "text/csv");
        HttpResponse<String> postHit = Http.query(server.sparql(), COUNT, "text/csv");
        assertEquals("hit", postHit.headers().firstValue(ResultCache.HEADER).orElse(""));
        assertEquals(
                postMiss.headers().allValues("Cache-Control"), postHit.headers().allValues("Cache-Control"));
        assertEquals(vary(postMiss), vary(postHit));
    }

    @Test
    void headIsAnsweredAsWithoutTheCache() {
        String get = endpoint + "?query=" + Http.encode(COUNT);
        assertEquals(200, Http.get(get, "text/csv").statusCode());
        assertEquals(200, Http.get(get, "text/csv").statusCode());
        HttpResponse<String> head = sendWith(get, "HEAD", null);
        assertFalse(head.headers().firstValue(ResultCache.HEADER).isPresent());
        try (TestServer uncached =
                TestServer.over(Fixtures.chainStore()).cacheBytes(0).start()) {
            HttpResponse<String> fuseki = sendWith(uncached.sparql() + "?query=" + Http.encode(COUNT), "HEAD", null);
            assertEquals(fuseki.statusCode(), head.statusCode());
        }
    }

    @Test
    void aClientAskingForNoCacheGetsAFreshAnswer() {
        HttpResponse<String> first = Http.query(endpoint, COUNT, "text/csv");
        HttpRequest fresh = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Accept", "text/csv")
                .header("Cache-Control", "no-cache")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + Http.encode(COUNT)))
                .build();
        HttpResponse<String> refreshed = Http.send(fresh);
        assertEquals(200, refreshed.statusCode());
        assertFalse(refreshed.headers().firstValue(ResultCache.HEADER).isPresent(), "no-cache was answered from it");
        assertEquals(first.body(), refreshed.body());
        assertEquals(
                "hit",
                Http.query(endpoint, COUNT, "text/csv")
                        .headers()
                        .firstValue(ResultCache.HEADER)
                        .orElse(""));
    }

    /** A query whose answer begins, then stalls until the server's timeout cancels it. */
    private static final String STALLS;

    static {
        FunctionRegistry.get().put(StallUntilCancelled.IRI, StallUntilCancelled.class);
        String values = IntStream.rangeClosed(1, 60).mapToObj(Integer::toString).collect(Collectors.joining(" "));
        STALLS = "SELECT ?a ?b WHERE { VALUES ?a { " + values + " } VALUES ?b { " + values + " } FILTER(<"
                + StallUntilCancelled.IRI + ">(?a * 100 + ?b)) }";
    }

    /**
     * A SPARQL function that is true at once, except for the last row of {@link #STALLS} ({@code 6060}): there it
     * waits until the query is cancelled, so by then thousands of rows have been sent. Public for Jena's registry.
     */
    public static final class StallUntilCancelled implements Function {
        static final String IRI = "urn:x-parley-test:stall-until-cancelled";

        @Override
        public void build(String uri, ExprList args, Context context) {}

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            if (args.get(0).eval(binding, env).getInteger().intValue() != 6060) return NodeValue.TRUE;
            AtomicBoolean cancelled = ((ExecutionContext) env).getCancelSignal();
            try {
                for (int i = 0; i < 6000 && !cancelled.get(); i++) TimeUnit.MILLISECONDS.sleep(10);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            return NodeValue.TRUE;
        }
    }

    /** Reads the first {@code bytes} of the answer to a GET of {@code url} as text/csv, then hangs up. */
    private long readPartOf(String url, int bytes) throws IOException {
        URI uri = URI.create(url);
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(64 << 10); // so the server cannot hand the whole answer to the kernel
            socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()));
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\nHost: localhost\r\n"
                            + "Accept: text/csv\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            long read = 0;
            while (read < bytes) {
                int n = in.read(buffer);
                if (n < 0) break;
                read += n;
            }
            socket.setSoLinger(true, 0); // hang up at once
            return read;
        }
    }

    /** Waits until the server has logged the request whose query string contains {@code marker}: it is over. */
    private static void awaitLogged(LogCapture requests, String marker) {
        for (int i = 0; i < 6000; i++) {
            if (requests.lines().stream().anyMatch(line -> line.contains(marker))) return;
            try {
                TimeUnit.MILLISECONDS.sleep(10);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
        throw new AssertionError("the server never finished the request: " + requests.lines());
    }

    private static HttpResponse<String> sendWith(String url, String method, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/csv")
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (origin != null) request.header("Origin", origin);
        return Http.send(request.build());
    }

    private static Set<String> vary(HttpResponse<String> response) {
        Set<String> tokens = new TreeSet<>();
        for (String value : response.headers().allValues("Vary"))
            for (String token : value.split(",", -1)) if (!token.isBlank()) tokens.add(token.strip());
        return tokens;
    }

    private static long count(HttpResponse<String> csv) {
        assertEquals(200, csv.statusCode(), csv::body);
        return Long.parseLong(
                csv.body().strip().lines().skip(1).findFirst().orElseThrow().strip());
    }
}
