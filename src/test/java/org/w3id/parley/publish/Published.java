package org.w3id.parley.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.TestServer;

/**
 * What a client of the published site does, against a server that is already running: usually the shared one,
 * {@code Published.on(Article.server())}, or one a test started with {@link TestServer} for another base. It starts
 * and stops nothing.
 */
public record Published(TestServer server) {
    public static final String ID = "https://w3id.org/parley/id/";

    public static Published on(TestServer server) {
        return new Published(server);
    }

    /** {@code http://localhost:PORT} followed by {@code path}. */
    public String url(String path) {
        return server.url(path);
    }

    public HttpResponse<String> get(String path, String accept) {
        return Http.get(url(path), accept);
    }

    /** The page at {@code path}, as a browser asks for it; anything but 200 fails the test. */
    public String html(String path) {
        HttpResponse<String> response = get(path, "text/html");
        assertEquals(200, response.statusCode(), () -> path + ": " + response.body());
        return response.body();
    }

    public HttpResponse<byte[]> getBytes(String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", accept)
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        try {
            return Http.client().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Parses a response body as {@code lang}, strictly: a warning fails the parse like an error. */
    public static DatasetGraph parse(String body, Lang lang) {
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
                .lang(lang)
                .strict(true)
                .checking(true)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                .parse(parsed);
        return parsed;
    }

    /** The number {@code select} binds to {@code ?n}, asked of {@code store} directly rather than through the server. */
    public static long count(DatasetGraph store, String select) {
        return Txn.calculateRead(store, () -> {
            try (QueryExec exec = QueryExec.dataset(store).query(select).build()) {
                return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
            }
        });
    }
}
