package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Fixtures;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.TestServer;

/**
 * How the server is put together: the query, Graph Store and ping endpoints over the union of the graphs, and
 * writing only for the users of a password file. Its modules have their own tests ({@link QuerySafetyTest},
 * {@link RequestLogTest}, {@link ResultCacheTest}); the request size limit is in {@code HostileQueriesTest}.
 */
class ParleyServerTest {
    private static final String PREFIX = "PREFIX ex: <http://example.org/negotiation#>\n";
    private TestServer server;

    /** A server of this test's own over a fresh copy of the fixture (some tests write to it). */
    private String start(Optional<Path> auth) {
        TestServer.Builder builder = TestServer.over(Fixtures.chainStore());
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
        String base = start(Optional.empty());
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
        String base = start(Optional.empty());
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
        String base = start(Optional.empty());
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
        String base = start(Optional.of(fixture("users.passwd")));
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

    /** Precondition links in every graph: 2 asserted, 2 inferred by the loader, plus any inserted. */
    private static int countChainLinks(String base) {
        HttpResponse<String> csv = Http.query(
                base + "/parley/sparql",
                PREFIX + "SELECT * WHERE { GRAPH ?g { ?a ex:isPreconditionFor ?b } }",
                "text/csv");
        return (int) csv.body().strip().lines().count() - 1;
    }

    @Test
    void pingAnswersForHealthChecks() {
        String base = start(Optional.empty());
        assertEquals(200, Http.get(base + "/$/ping", "text/plain").statusCode());
    }
}
