package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Fixtures;
import org.w3id.parley.testing.HeldQuery;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.LogCapture;
import org.w3id.parley.testing.TestServer;

/** The real Fuseki server on a free port, over the test fixtures. */
class ParleyServerTest {
    private static final String PREFIX = "PREFIX ex: <http://example.org/negotiation#>\n";
    private TestServer server;

    /** A server of this test's own over a fresh copy of the fixture (some tests write to it). */
    private String start(Duration timeout, Optional<Path> auth) {
        TestServer.Builder builder = TestServer.over(Fixtures.chainStore()).timeout(timeout);
        auth.ifPresent(builder::auth);
        server = builder.start();
        return server.url();
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    @Test
    void answersSparqlOverTheUnionOfAllGraphsInEveryResultFormat() {
        String base = start(Duration.ofSeconds(10), Optional.empty());
        String query = PREFIX + "SELECT ?to WHERE { ex:withdrawal ex:isPreconditionFor ?to } ORDER BY ?to";
        for (String endpoint : List.of("/parley/sparql", "/parley/query")) {
            HttpResponse<String> csv = Http.query(base + endpoint, query, "text/csv");
            assertEquals(200, csv.statusCode(), csv::body);
            assertEquals(
                    List.of(
                            "to",
                            "http://example.org/negotiation#guarantee",
                            "http://example.org/negotiation#militaryTalks",
                            "http://example.org/negotiation#negotiations"),
                    csv.body().strip().lines().map(String::strip).toList());
        }
        assertTrue(Http.query(base + "/parley/sparql", query, "application/sparql-results+json")
                .body()
                .contains("\"bindings\""));
        assertTrue(Http.query(base + "/parley/sparql", query, "application/sparql-results+xml")
                .body()
                .contains("<sparql"));
        assertTrue(Http.query(base + "/parley/sparql", query, "text/tab-separated-values")
                .body()
                .startsWith("?to"));

        HttpResponse<String> get = Http.get(base + "/parley/sparql?query=" + Http.encode(query), "text/csv");
        assertEquals(200, get.statusCode());
        assertTrue(get.body().contains("negotiations"));
    }

    @Test
    void graphStillReachesEachClaimGraph() {
        String base = start(Duration.ofSeconds(10), Optional.empty());
        HttpResponse<String> csv = Http.query(
                base + "/parley/sparql",
                PREFIX + "SELECT ?g WHERE { GRAPH ?g { ex:negotiations ex:isPreconditionFor ex:militaryTalks } }",
                "text/csv");
        assertEquals(
                List.of("g", "http://example.org/graph/claim2"),
                csv.body().strip().lines().map(String::strip).toList());

        HttpResponse<String> graph = Http.get(
                base + "/parley/get?graph=" + Http.encode("http://example.org/graph/claim2"), "application/n-triples");
        assertEquals(200, graph.statusCode());
        assertEquals(
                "<http://example.org/negotiation#negotiations> <http://example.org/negotiation#isPreconditionFor> <http://example.org/negotiation#militaryTalks> .",
                graph.body().strip());
    }

    @Test
    void withoutCredentialsNothingCanBeWritten() {
        String base = start(Duration.ofSeconds(10), Optional.empty());
        HttpResponse<String> update = Http.update(base + "/parley/update", "DROP ALL", null, null);
        assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, "status " + update.statusCode());
        HttpResponse<String> viaQuery = Http.update(base + "/parley/sparql", "DROP ALL", null, null);
        assertTrue(viaQuery.statusCode() >= 400 && viaQuery.statusCode() < 500, "status " + viaQuery.statusCode());
        HttpResponse<String> put = Http.send(HttpRequest.newBuilder(URI.create(base + "/parley/get?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(""))
                .build());
        assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, "status " + put.statusCode());
        assertEquals(4, countChainLinks(base), "data was changed");
    }

    @Test
    void withAPasswordFileOnlyItsUsersCanUpdate() {
        String base = start(Duration.ofSeconds(10), Optional.of(fixture("users.passwd")));
        String insert =
                "INSERT DATA { GRAPH <http://example.org/graph/new> { <http://example.org/negotiation#militaryTalks> <http://example.org/negotiation#isPreconditionFor> <http://example.org/negotiation#peace> } }";

        assertEquals(
                401, Http.update(base + "/parley/update", insert, null, null).statusCode());
        assertEquals(
                401,
                Http.update(base + "/parley/update", insert, "editor", "wrong").statusCode());
        assertEquals(4, countChainLinks(base));

        HttpResponse<String> ok = Http.update(base + "/parley/update", insert, "editor", "s3cret");
        assertEquals(204, ok.statusCode(), ok::body);
        assertEquals(5, countChainLinks(base));

        String graph = base + "/parley/data?graph=" + Http.encode("http://example.org/graph/put");
        String turtle =
                "<http://example.org/negotiation#peace> <http://example.org/negotiation#isPreconditionFor> <http://example.org/negotiation#calm> .";
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(graph))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(turtle));
        assertEquals(401, Http.send(put.build()).statusCode());
        assertEquals(
                201,
                Http.send(put.header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                "editor:s3cret".getBytes(StandardCharsets.UTF_8)))
                                .build())
                        .statusCode());
        assertEquals(6, countChainLinks(base));
    }

    @Test
    void eachRequestIsLoggedOnOneLine() {
        String base = start(Duration.ofSeconds(10), Optional.empty());
        try (LogCapture log = LogCapture.of("org.w3id.parley.Request")) {
            Http.get(base + "/$/ping", "text/plain");
            Http.query(base + "/parley/sparql", "ASK {}", "application/sparql-results+json");
            Http.get(base + "/no/such/thing", "text/plain");
            assertEquals(
                    List.of("GET /$/ping 200", "POST /parley/sparql 200", "GET /no/such/thing 404"),
                    log.lines().stream()
                            .map(line -> line.replaceAll(" \\d+ ms$", ""))
                            .toList());
        }
    }

    /** Precondition links in every graph: 2 asserted, 2 inferred by the loader, plus any inserted. */
    private static int countChainLinks(String base) {
        HttpResponse<String> csv = Http.query(
                base + "/parley/sparql",
                PREFIX + "SELECT * WHERE { GRAPH ?g { ?a ex:isPreconditionFor ?b } }",
                "text/csv");
        return (int) csv.body().strip().lines().count() - 1;
    }

    @Test
    void aRunawayQueryIsCancelledWhileACheapOneStillAnswers() throws Exception {
        String base = start(Duration.ofSeconds(1), Optional.empty());
        String runaway =
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }";
        CompletableFuture<HttpResponse<String>> slow = Http.queryAsync(base + "/parley/sparql", runaway, "text/csv");

        // A query the server is provably still running (it waits until released), so "while" needs no clock.
        try (HeldQuery held = HeldQuery.send(base + "/parley/sparql")) {
            held.awaitRunning();
            HttpResponse<String> cheap =
                    Http.query(base + "/parley/sparql", "ASK { ?s ?p ?o }", "application/sparql-results+json");
            assertEquals(200, cheap.statusCode());
            assertTrue(cheap.body().contains("true"), cheap::body);
            assertFalse(held.isDone(), "the running query should still be running when the cheap one answers");
        }

        HttpResponse<String> cancelled = slow.get(60, TimeUnit.SECONDS);
        assertEquals(503, cancelled.statusCode(), cancelled::body);
        assertTrue(cancelled.body().contains("Query timed out"), cancelled::body);
    }

    @Test
    void serviceNeverCallsOut() {
        String base = start(Duration.ofSeconds(10), Optional.empty());
        HttpResponse<String> response = Http.query(
                base + "/parley/sparql",
                "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                "text/csv");
        assertTrue(response.statusCode() >= 400, "status " + response.statusCode());
        assertTrue(response.body().contains("SERVICE"), response::body);
    }

    @Test
    void browsersOnOtherSitesMayQuery() {
        String base = start(Duration.ofSeconds(10), Optional.empty());
        HttpResponse<String> preflight = Http.send(HttpRequest.newBuilder(URI.create(base + "/parley/sparql"))
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(200, preflight.statusCode());
        assertTrue(
                preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent(),
                preflight.headers()::toString);
        HttpResponse<String> get =
                Http.send(HttpRequest.newBuilder(URI.create(base + "/parley/sparql?query=" + Http.encode("ASK {}")))
                        .header("Origin", "https://example.org")
                        .GET()
                        .build());
        assertEquals(
                "https://example.org",
                get.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void pingAnswersForHealthChecks() {
        String base = start(Duration.ofSeconds(10), Optional.empty());
        assertEquals(200, Http.get(base + "/$/ping", "text/plain").statusCode());
    }
}
