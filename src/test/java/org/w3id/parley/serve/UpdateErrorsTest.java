package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.net.http.HttpResponse;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.StoreFingerprint;
import org.w3id.parley.testing.TestServer;

/**
 * Update requests that the client got wrong are answered 400 with what was wrong, not 500 as if
 * the server had failed ({@link ClientUpdateErrors}). None of them changes the store. Writes to the default graph are
 * in {@link DefaultGraphUpdatesTest} and {@link GraphStoreWriteTest}.
 */
class UpdateErrorsTest {
    private static final String MISSING = "http://example.org/graph/missing";

    private DatasetGraph store;
    private String before;
    private TestServer server;

    @BeforeEach
    void start() {
        store = Article.freshStore();
        before = StoreFingerprint.of(store);
        server = TestServer.over(store).auth(fixture("users.passwd")).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> update(String query, String sparql) {
        return Http.update(server.dataset() + "update" + query, sparql, "editor", "s3cret");
    }

    private void assertBadRequest(HttpResponse<String> response, String words) {
        assertEquals(400, response.statusCode(), response::body);
        assertTrue(response.body().contains(words), () -> "expected '" + words + "' in:\n" + response.body());
        assertEquals(before, StoreFingerprint.of(store), "the store changed");
    }

    @Test
    void clearOfAMissingGraphIsTheClientsError() {
        assertBadRequest(update("", "CLEAR GRAPH <" + MISSING + ">"), "No such graph: " + MISSING);
        assertEquals(204, update("", "CLEAR SILENT GRAPH <" + MISSING + ">").statusCode());
    }

    @Test
    void withAndUsingNamedGraphUriTogetherIsTheClientsError() {
        assertBadRequest(
                update(
                        "?using-named-graph-uri=" + Http.encode("http://example.org/graph/a"),
                        "WITH <http://example.org/graph/b> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }"),
                "using-named-graph-uri present where update request has USING, USING NAMED or WITH");
    }

    @Test
    void aFailedUpdateLeavesTheEarlierOperationsOfTheRequestUndone() {
        assertBadRequest(
                update(
                        "",
                        "INSERT DATA { GRAPH <http://example.org/graph/new> { <http://example.org/a>"
                                + " <http://example.org/b> <http://example.org/c> } } ; CLEAR GRAPH <" + MISSING + ">"),
                "No such graph");
    }
}
