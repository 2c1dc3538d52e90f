package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.HeldQuery;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.TestServer;

/**
 * {@link QuerySafety}: the timeout, no {@code SERVICE}, and cross-origin queries, through the real server over the
 * article. Bounded regular expressions are {@link BoundedRegexTest}; the worst queries together are
 * {@code HostileQueriesTest}.
 */
class QuerySafetyTest {

    @Test
    void aRunawayQueryIsCancelledWhileACheapOneStillAnswers() throws Exception {
        try (TestServer server =
                Article.serverWith().timeout(Duration.ofSeconds(1)).start()) {
            String endpoint = server.sparql();
            String runaway =
                    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }";
            CompletableFuture<HttpResponse<String>> slow = Http.queryAsync(endpoint, runaway, "text/csv");

            // A query the server is provably still running (it waits until released), so "while" needs no clock.
            try (HeldQuery held = HeldQuery.send(endpoint)) {
                held.awaitRunning();
                HttpResponse<String> cheap =
                        Http.query(endpoint, "ASK { ?s ?p ?o }", "application/sparql-results+json");
                assertEquals(200, cheap.statusCode());
                assertTrue(cheap.body().contains("true"), cheap::body);
                assertFalse(held.isDone(), "the running query should still be running when the cheap one answers");
            }

            HttpResponse<String> cancelled = slow.get(60, TimeUnit.SECONDS);
            assertEquals(503, cancelled.statusCode(), cancelled::body);
            assertTrue(cancelled.body().contains("Query timed out"), cancelled::body);
        }
    }

    @Test
    void serviceNeverCallsOut() {
        HttpResponse<String> response = Http.query(
                Article.server().sparql(),
                "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                "text/csv");
        assertTrue(response.statusCode() >= 400, "status " + response.statusCode());
        assertTrue(response.body().contains("SERVICE"), response::body);
    }

    @Test
    void browsersOnOtherSitesMayQuery() {
        String endpoint = Article.server().sparql();
        HttpResponse<String> preflight = preflight(endpoint, "POST");
        assertEquals(200, preflight.statusCode());
        assertTrue(
                preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent(),
                preflight.headers()::toString);
        HttpResponse<String> get =
                Http.send(HttpRequest.newBuilder(URI.create(endpoint + "?query=" + Http.encode("ASK {}")))
                        .header("Origin", "https://example.org")
                        .GET()
                        .build());
        assertEquals(
                "https://example.org",
                get.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertFalse(get.headers().firstValue("Access-Control-Allow-Credentials").isPresent(), get.headers()::toString);
    }

    /** As the README says: reading only (GET and POST, HEAD and OPTIONS), and never with the user's credentials. */
    @Test
    void crossOriginIsReadingOnlyAndWithoutCredentials() {
        for (String path : List.of(Article.server().sparql(), Article.server().url("/"))) {
            HttpResponse<String> post = preflight(path, "POST");
            assertEquals(
                    Set.of("GET", "POST", "HEAD", "OPTIONS"),
                    Set.of(post.headers()
                            .firstValue("Access-Control-Allow-Methods")
                            .orElse("")
                            .split("\\s*,\\s*")),
                    path + " " + post.headers());
            assertFalse(
                    post.headers()
                            .firstValue("Access-Control-Allow-Credentials")
                            .isPresent(),
                    path + " " + post.headers());
            for (String method : List.of("PUT", "DELETE", "PATCH")) {
                HttpResponse<String> refused = preflight(path, method);
                assertFalse(
                        refused.headers()
                                .firstValue("Access-Control-Allow-Origin")
                                .isPresent(),
                        path + " " + method + " " + refused.headers());
            }
        }
    }

    /** Fuseki would copy {@code stylesheet=} unescaped into XML results: a page could inject markup. */
    @Test
    void theStylesheetParameterIsRefused() {
        String attack = "\"?><script>alert(1)</script><?x \"";
        for (String endpoint : List.of(
                Article.server().sparql(),
                Article.server().dataset() + "query",
                Article.server().url("/parley"))) {
            HttpResponse<String> get = Http.get(
                    endpoint + "?query=" + Http.encode("ASK {}") + "&stylesheet=" + Http.encode(attack),
                    "application/sparql-results+xml");
            assertEquals(400, get.statusCode(), get::body);
            assertFalse(get.body().contains("<script>"), get::body);
            HttpResponse<String> post = Http.send(HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Accept", "application/sparql-results+xml")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "query=" + Http.encode("ASK {}") + "&stylesheet=" + Http.encode(attack)))
                    .build());
            assertEquals(400, post.statusCode(), post::body);
            assertFalse(post.body().contains("<script>"), post::body);
        }
        assertEquals(
                200,
                Http.get(
                                Article.server().sparql() + "?query=" + Http.encode("ASK {}"),
                                "application/sparql-results+xml")
                        .statusCode());
    }

    private static HttpResponse<String> preflight(String url, String method) {
        return Http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", method)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
    }
}
