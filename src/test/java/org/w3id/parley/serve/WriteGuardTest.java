package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Fixtures;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.TestServer;

/**
 * {@link WriteGuard}: what a page on another site can make a browser send to the write endpoints, with the
 * user's saved basic-auth credentials, is refused: a form's content types (415) and any foreign {@code Origin}
 * (403). Tools that send no {@code Origin} and the right content type still write.
 */
class WriteGuardTest {
    private static final String EVIL = "http://evil.example";
    private static final String INSERT =
            "INSERT DATA { GRAPH <http://example.org/graph/csrf> { <http://example.org/a> <http://example.org/b> <http://example.org/c> } }";
    private static final String TURTLE = "<http://example.org/a> <http://example.org/b> <http://example.org/d> .";
    private static final String CREDENTIALS =
            "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.over(Fixtures.chainStore())
                .auth(fixture("users.passwd"))
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aCrossSiteFormPostToUpdateIsRefusedWithoutCorsHeaders() {
        HttpResponse<String> response = send(
                server.dataset() + "update",
                "POST",
                EVIL,
                "application/x-www-form-urlencoded",
                "update=" + Http.encode(INSERT));
        assertEquals(403, response.statusCode(), response::body);
        assertFalse(
                response.headers().firstValue("Access-Control-Allow-Origin").isPresent(), response.headers()::toString);
        assertFalse(
                response.headers()
                        .firstValue("Access-Control-Allow-Credentials")
                        .isPresent(),
                response.headers()::toString);
        assertEquals(0, insertedTriples());
    }

    @Test
    void updateTakesOnlyASparqlUpdateBody() {
        String update = server.dataset() + "update";
        for (String type :
                List.of("application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain")) {
            String body = type.startsWith("application/x-www") ? "update=" + Http.encode(INSERT) : INSERT;
            HttpResponse<String> refused = send(update, "POST", null, type, body);
            assertEquals(415, refused.statusCode(), type + ": " + refused.body());
        }
        assertEquals(0, insertedTriples());
        assertEquals(
                204,
                send(update, "POST", null, "application/sparql-update", INSERT).statusCode());
        assertEquals(1, insertedTriples());
    }

    @Test
    void onlyThisServersOwnOriginMayWrite() {
        String update = server.dataset() + "update";
        for (String origin : List.of(EVIL, "null", "http://localhost:1")) {
            HttpResponse<String> refused = send(update, "POST", origin, "application/sparql-update", INSERT);
            assertEquals(403, refused.statusCode(), origin + ": " + refused.body());
        }
        assertEquals(0, insertedTriples());
        assertEquals(
                204,
                send(update, "POST", server.url(), "application/sparql-update", INSERT)
                        .statusCode());
        assertEquals(1, insertedTriples());
    }

    @Test
    void graphStoreWritesRefuseFormBodiesAndForeignOrigins() {
        String graph = server.dataset() + "data?graph=" + Http.encode("http://example.org/graph/csrf");
        for (String method : List.of("PUT", "POST")) {
            for (String type :
                    List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
                HttpResponse<String> refused = send(graph, method, null, type, TURTLE);
                assertEquals(415, refused.statusCode(), method + " " + type + ": " + refused.body());
            }
            assertEquals(403, send(graph, method, EVIL, "text/turtle", TURTLE).statusCode(), method);
        }
        assertEquals(403, send(graph, "DELETE", EVIL, null, null).statusCode());
        assertEquals(0, insertedTriples());
        assertEquals(201, send(graph, "PUT", null, "text/turtle", TURTLE).statusCode());
        assertEquals(1, insertedTriples());
    }

    @Test
    void writeEndpointsAnswerNoPreflight() {
        for (String endpoint : List.of("update", "data")) {
            HttpResponse<String> preflight = Http.send(HttpRequest.newBuilder(URI.create(server.dataset() + endpoint))
                    .header("Origin", EVIL)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization, content-type")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .build());
            assertFalse(
                    preflight
                            .headers()
                            .firstValue("Access-Control-Allow-Origin")
                            .isPresent(),
                    endpoint + " " + preflight.headers());
            assertFalse(
                    preflight
                            .headers()
                            .firstValue("Access-Control-Allow-Credentials")
                            .isPresent(),
                    endpoint + " " + preflight.headers());
        }
    }

    private static HttpResponse<String> send(String url, String method, String origin, String type, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", CREDENTIALS)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) request.header("Origin", origin);
        if (type != null) request.header("Content-Type", type);
        return Http.send(request.build());
    }

    /** Triples in the graph the tests write to. */
    private int insertedTriples() {
        HttpResponse<String> csv = Http.query(
                server.sparql(), "SELECT * WHERE { GRAPH <http://example.org/graph/csrf> { ?s ?p ?o } }", "text/csv");
        return (int) csv.body().strip().lines().count() - 1;
    }
}
