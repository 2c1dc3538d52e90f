package org.w3id.parley.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.LogCapture;
import org.w3id.parley.testing.TestServer;

/**
 * A named query that runs out of the server's time is answered 503 with a message, in every format, on both
 * mounts (a page, SPARQL JSON, CSV), and the request log records the 503 that was sent.
 */
class NamedQueryTimeoutTest {

    @Test
    void aNamedQueryCutOffByTheTimeoutIs503AndLoggedSo() throws InterruptedException {
        // a store of its own: the timeout is set in the store's context, and the shared one would keep it
        try (TestServer server = TestServer.over(Article.freshStore())
                        .timeout(Duration.ofMillis(1))
                        .start();
                LogCapture log = LogCapture.of("org.w3id.parley.Request")) {
            for (String path : List.of("/queries/chains", "/parley/analysis/chains"))
                for (String accept : List.of("*/*", "application/sparql-results+json", "text/csv")) {
                    HttpResponse<String> response = Http.get(server.url(path), accept);
                    assertEquals(503, response.statusCode(), path + " " + accept + ": " + response.body());
                    assertTrue(
                            response.headers()
                                    .firstValue("Content-Type")
                                    .orElseThrow()
                                    .startsWith("text/plain"),
                            path + " " + accept);
                    assertEquals("The query took too long and was cancelled.\n", response.body());
                }
            // a line is written once the answer has gone, so the last may come just after the client has it
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (log.lines().size() < 6 && System.nanoTime() < deadline) Thread.sleep(10);
            List<String> logged = log.lines().stream()
                    .map(line -> line.replaceAll(" \\d+ ms$", ""))
                    .toList();
            assertEquals(
                    List.of(
                            "GET /queries/chains 503",
                            "GET /queries/chains 503",
                            "GET /queries/chains 503",
                            "GET /parley/analysis/chains 503",
                            "GET /parley/analysis/chains 503",
                            "GET /parley/analysis/chains 503"),
                    logged);
        }
    }
}
