package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.sparql.core.DatasetGraphFactory;
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

    /** A servlet that fails is answered 500 by Jetty once the filter has returned: the line says 500, not 200. */
    @Test
    void aRequestThatFailsIsLoggedWithTheStatusSent() throws InterruptedException {
        FusekiServer server = FusekiServer.create()
                .port(0)
                .loopback(true)
                .add("/ds", DatasetGraphFactory.create())
                .fusekiModules(FusekiModules.create(List.of(new RequestLog())))
                .addServlet("/fails", new Failing())
                .build()
                .start();
        try (LogCapture log = LogCapture.of("org.w3id.parley.Request")) {
            assertEquals(
                    500,
                    Http.get("http://localhost:" + server.getHttpPort() + "/fails", "text/plain")
                            .statusCode());
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (log.lines().isEmpty() && System.nanoTime() < deadline) Thread.sleep(10);
            assertEquals(
                    List.of("GET /fails 500"),
                    log.lines().stream()
                            .map(line -> line.replaceAll(" \\d+ ms$", ""))
                            .toList());
        } finally {
            server.stop();
        }
    }

    private static final class Failing extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            throw new IllegalStateException("a defect in a servlet");
        }
    }
}
