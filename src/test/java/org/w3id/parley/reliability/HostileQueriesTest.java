package org.w3id.parley.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.parley.load.Inference;
import org.w3id.parley.load.Loader;
import org.w3id.parley.load.Validation;
import org.w3id.parley.serve.ParleyServer;
import org.w3id.parley.serve.ServeSettings;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Http;

/**
 * Strangers' worst queries against the public endpoint over the article: each is refused or cut off,
 * a cheap query keeps answering while four of them run, and the server keeps serving afterwards.
 */
class HostileQueriesTest {
    private static final String PARLEY = "PREFIX parley: <https://w3id.org/parley/ontology#>\n";
    private static FusekiServer server;
    private static String endpoint;

    @BeforeAll
    static void start() {
        DatasetGraph store = Stores.inMemory();
        new Loader(store, Validation.fromFile(java.nio.file.Path.of("ontology/shapes.ttl")), Inference.standard(), l -> {})
                .load(List.of(java.nio.file.Path.of("ontology"), java.nio.file.Path.of("data")));
        server = ParleyServer.build(store, new ServeSettings("localhost", 0, Duration.ofSeconds(2), Optional.empty()));
        server.start();
        endpoint = "http://localhost:" + server.getHttpPort() + "/parley/sparql";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** Name → query; each must come back refused (4xx) or cut off (503), or answered within the timeout. */
    static Map<String, String> hostile() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("cartesian product", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
        queries.put("deep property path", "SELECT (COUNT(*) AS ?n) WHERE { ?a (!<urn:x:none>|^!<urn:x:none>)* ?b . ?b (!<urn:x:none>|^!<urn:x:none>)* ?c }");
        queries.put("regex catastrophe", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(REGEX(CONCAT(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", STR(?p)), \"((a+)+)+b\")) }");
        queries.put("replace catastrophe", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o BIND(REPLACE(CONCAT(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", STR(?p)), \"((a+)+)+b\", \"x\") AS ?r) }");
        StringBuilder values = new StringBuilder("SELECT (COUNT(*) AS ?n) WHERE { VALUES ?x {");
        for (int i = 0; i < 50_000; i++)
            values.append(" <urn:x:").append(i).append('>');
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
            assertTrue(status == 200 || status == 400 || status == 422 || status == 503, query.getKey() + ": " + status + " " + response.body());
            if (query.getKey().equals("SERVICE") || query.getKey().contains("as a query"))
                assertTrue(status >= 400 && status < 500, query.getKey() + ": " + status + " " + response.body());
            if (query.getKey().startsWith("cartesian"))
                assertEquals(503, status, response.body());
            outcomes.add(query.getKey() + "=" + status);
        }
        assertTrue(ping(), "the server stopped answering");
        Reliability.record("hostile-queries", String.join(", ", outcomes));
    }

    @Test
    void aTenMegabyteQueryIsRefused() {
        String huge = "SELECT * WHERE { ?s ?p \"" + "x".repeat(10 * 1024 * 1024) + "\" }";
        HttpResponse<String> response = Http.query(endpoint, huge, "application/sparql-results+json");
        assertEquals(413, response.statusCode());
        HttpResponse<String> asUrl = Http.get(endpoint + "?query=" + Http.encode(huge.substring(0, 200_000)), "application/sparql-results+json");
        assertTrue(asUrl.statusCode() >= 400 && asUrl.statusCode() < 500, "status " + asUrl.statusCode());
        assertTrue(ping());
    }

    @Test
    void aCheapQueryKeepsAnsweringWhileFourHostileOnesRun() throws Exception {
        List<String> worst = List.of(hostile().get("cartesian product"), hostile().get("regex catastrophe"),
                hostile().get("deep property path"), hostile().get("replace catastrophe"));
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
        for (String query : worst)
            running.add(Http.queryAsync(endpoint, query, "application/sparql-results+json"));

        List<Long> latencies = new ArrayList<>();
        while (running.stream().anyMatch(f -> !f.isDone()) && latencies.size() < 2_000) {
            long start = System.nanoTime();
            HttpResponse<String> cheap = Http.query(endpoint, PARLEY + "ASK { ?c a parley:Claim }", "application/sparql-results+json");
            latencies.add((System.nanoTime() - start) / 1_000_000);
            assertEquals(200, cheap.statusCode(), cheap::body);
            assertTrue(cheap.body().contains("true"), cheap::body);
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
        Reliability.record("cheap-query-latency", "samples=" + latencies.size() + " p50_ms=" + latencies.get(latencies.size() / 2)
                + " p95_ms=" + p95 + " max_ms=" + latencies.get(latencies.size() - 1) + " heap_growth_mb=" + heapGrowthMb);
        assertTrue(latencies.size() >= 3, "too few cheap queries ran: " + latencies);
    }

    private static boolean ping() {
        return Http.send(HttpRequest.newBuilder(URI.create(endpoint.replace("/parley/sparql", "/$/ping"))).GET().build()).statusCode() == 200;
    }
}
