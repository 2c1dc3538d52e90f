package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.LogCapture;
import org.w3id.parley.testing.TestServer;

/** {@link RequestLog}: one line per request, whatever answered it, on the shared server over the article. */
class RequestLogTest {

    @Test
    void eachRequestIsLoggedOnOneLine() {
        TestServer server = Article.server();
        try (LogCapture log = LogCapture.of("org.w3id.parley.Request")) {
            Http.get(server.url("/$/ping"), "text/plain");
            Http.query(server.sparql(), "ASK {}", "application/sparql-results+json");
            Http.get(server.url("/no/such/thing"), "text/plain");
            assertEquals(
                    List.of("GET /$/ping 200", "POST /parley/sparql 200", "GET /no/such/thing 404"),
                    log.lines().stream()
                            .map(line -> line.replaceAll(" \\d+ ms$", ""))
                            .toList());
        }
    }
}
