package org.w3id.parley.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.HeldQuery;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.TestServer;

/**
 * Strangers' worst queries against the public endpoint over the article: each is refused or cut off,
 * a cheap query keeps answering while four of them run, and the server keeps serving afterwards.
 */
class HostileQueriesTest {
    private static final String PARLEY = "PREFIX parley: <https://w3id.org/parley/ontology#>\n";
    /** Set by the long run (-Preliability), which also holds the cheap query's latency to a bound. */
    private static final boolean LONG_RUN = Boolean.getBoolean("parley.reliability.long");

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    /** Every pair of triples in the article spends a regex budget: far longer than the timeout in all. */
    private static final String MATCHES_ON_EVERY_ROW = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#>\n"
            + "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?a ?b ?c"
            + " FILTER(fn:matches(CONCAT(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", STR(?b)), \"((a+)+)+b\")) }";

    private static TestServer server;
    private static String endpoint;

    /** The shared article, under a server of its own with a short timeout. */
    @BeforeAll
    static void start() {
        server = Article.serverWith().timeout(TIMEOUT).start();
        endpoint = server.sparql();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Name → query; each must come back refused (4xx) or cut off (503), or answered within the timeout. */
    static Map<String, String> hostile() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("cartesian product", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
        queries.put(
                "deep property path",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a (!<urn:x:none>|^!<urn:x:none>)* ?b . ?b (!<urn:x:none>|^!<urn:x:none>)* ?c }");
        queries.put(
                "regex catastrophe",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(REGEX(CONCAT(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", STR(?p)), \"((a+)+)+b\")) }");
        queries.put(
                "replace catastrophe",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o BIND(REPLACE(CONCAT(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", STR(?p)), \"((a+)+)+b\", \"x\") AS ?r) }");
        queries.put("fn:matches catastrophe", MATCHES_ON_EVERY_ROW);
        StringBuilder values = new StringBuilder("SELECT (COUNT(*) AS ?n) WHERE { VALUES ?x {");
        for (int i = 0; i < 50_000; i++) values.append(" <urn:x:").append(i).append('>');
        queries.put("huge VALUES", values.append(" } ?x ?p ?o }").toString());
        queries.put("SERVICE", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
        queries.put("LOAD as a query", "LOAD <http://127.0.0.1:9/data.ttl>");
        queries.put("update as a query", "DROP ALL");
        queries.put("unbounded ?s ?p ?o", "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }");
        return queries;
    }

    @Test
    void eachHostileQueryIsRefusedOrCutOff() throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (Map.Entry<String, String> query : hostile().entrySet()) {
            HttpResponse<String> response = Http.query(endpoint, query.getValue(), "application/sparql-results+json");
            int status = response.statusCode();
            assertTrue(
                    status == 200 || status == 400 || status == 422 || status == 503,
                    query.getKey() + ": " + status + " " + response.body());
            if (query.getKey().equals("SERVICE") || query.getKey().contains("as a query"))
                assertTrue(status >= 400 && status < 500, query.getKey() + ": " + status + " " + response.body());
            if (query.getKey().startsWith("cartesian")) assertEquals(503, status, response.body());
            outcomes.add(query.getKey() + "=" + status);
        }
        assertTrue(ping(), "the server stopped answering");
        Reliability.record("hostile-queries", String.join(", ", outcomes));
    }

    /**
     * A query the timeout cancels stops matching: each match is bounded, and ARQ checks for cancellation between rows,
     * so no thread is left running the regex engine once the 503 is in. The wait is a guard, many matches long.
     */
    @Test
    void aQueryTheTimeoutCancelsStopsMatching() throws Exception {
        HttpResponse<String> response = Http.query(endpoint, MATCHES_ON_EVERY_ROW, "application/sparql-results+json");
        assertEquals(503, response.statusCode(), response.body());
        long guard = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (matching() && System.nanoTime() < guard) Thread.sleep(50);
        assertFalse(matching(), "a cancelled query went on matching");
        assertTrue(ping());
    }

    /** Whether any thread of this JVM is inside the regex engine. */
    private static boolean matching() {
        return Thread.getAllStackTraces().values().stream()
                .flatMap(Arrays::stream)
                .anyMatch(frame -> frame.getClassName().startsWith("java.util.regex."));
    }

    /**
     * The body is sent as a well-behaved client sends a large one, after {@code Expect: 100-continue}: the server
     * refuses it by its length before any of it travels. Sent straight away, the 413 races the client still writing
     * the body, which then sees the connection closed instead of the answer.
     */
    @Test
    void aTenMegabyteQueryIsRefused() {
        String huge = "SELECT * WHERE { ?s ?p \"" + "x".repeat(10 * 1024 * 1024) + "\" }";
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(endpoint))
                .expectContinue(true)
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + Http.encode(huge)))
                .build());
        assertEquals(413, response.statusCode());
        HttpResponse<String> asUrl = Http.get(
                endpoint + "?query=" + Http.encode(huge.substring(0, 200_000)), "application/sparql-results+json");
        assertTrue(asUrl.statusCode() >= 400 && asUrl.statusCode() < 500, "status " + asUrl.statusCode());
        assertTrue(ping());
    }

    /**
     * Four hostile queries burn the CPU while four more are held running on the server (so "while" needs no clock):
     * the cheap query is answered, right, before any held one may end, and on every try until the hostile ones are
     * cut off. Latency is recorded for RELIABILITY.md; only the long run holds it to a bound.
     */
    @Test
    void aCheapQueryKeepsAnsweringWhileFourHostileOnesRun() throws Exception {
        List<String> worst = List.of(
                hostile().get("cartesian product"),
                hostile().get("regex catastrophe"),
                hostile().get("deep property path"),
                hostile().get("replace catastrophe"));
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
        for (String query : worst) running.add(Http.queryAsync(endpoint, query, "application/sparql-results+json"));
        List<HeldQuery> held = new ArrayList<>();
        for (int i = 0; i < 4; i++) held.add(HeldQuery.send(endpoint));

        List<Long> latencies = new ArrayList<>();
        try {
            held.forEach(HeldQuery::awaitRunning);
            do {
                long start = System.nanoTime();
                HttpResponse<String> cheap =
                        Http.query(endpoint, PARLEY + "ASK { ?c a parley:Claim }", "application/sparql-results+json");
                latencies.add((System.nanoTime() - start) / 1_000_000);
                assertEquals(200, cheap.statusCode(), cheap::body);
                assertTrue(cheap.body().contains("true"), cheap::body);
                if (latencies.size() == 1)
                    assertTrue(
                            held.stream().noneMatch(HeldQuery::isDone),
                            "a held query ended before the cheap one was answered");
            } while (running.stream().anyMatch(f -> !f.isDone()) && latencies.size() < 2_000);
        } finally {
            held.forEach(HeldQuery::close);
        }
        for (CompletableFuture<HttpResponse<String>> query : running) {
            int status = query.get(60, TimeUnit.SECONDS).statusCode();
            assertTrue(status == 200 || status == 503, "status " + status);
        }
        System.gc();
        long heapGrowthMb = (runtime.totalMemory() - runtime.freeMemory() - heapBefore) >> 20;
        assertTrue(heapGrowthMb < 256, "heap grew by " + heapGrowthMb + " MB");
        assertTrue(ping());
        Collections.sort(latencies);
        long p95 = latencies.get((int) Math.min(latencies.size() - 1, Math.ceil(latencies.size() * 0.95) - 1));
        Reliability.record(
                "cheap-query-latency",
                "samples=" + latencies.size() + " p50_ms=" + latencies.get(latencies.size() / 2) + " p95_ms=" + p95
                        + " max_ms=" + latencies.get(latencies.size() - 1) + " heap_growth_mb=" + heapGrowthMb);
        if (LONG_RUN) {
            assertTrue(latencies.size() >= 3, "too few cheap queries ran: " + latencies);
            assertTrue(
                    p95 < TIMEOUT.toMillis(),
                    "cheap queries waited as long as the hostile ones ran: p95 " + p95 + " ms");
        }
    }

    private static boolean ping() {
        return Http.send(HttpRequest.newBuilder(URI.create(server.url("/$/ping")))
                                .GET()
                                .build())
                        .statusCode()
                == 200;
    }
}
