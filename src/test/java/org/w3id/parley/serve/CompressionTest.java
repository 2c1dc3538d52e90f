package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.TestServer;

/**
 * Answers are gzip-compressed for a client that sends {@code Accept-Encoding: gzip}, whatever answers them, and
 * only then; what is gzip already is not compressed twice. Java's client does not decompress, so each compressed
 * body is gunzipped here and compared with the same request's answer without the header.
 */
class CompressionTest {
    private static final String QUERY = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 200";
    private final TestServer server = Article.server();

    @Test
    void sparqlQueriesByGetAndPostAreCompressedForAClientThatAcceptsGzip() {
        String url = server.sparql() + "?query=" + Http.encode(QUERY);
        assertCompressed(url, request -> request.GET(), "application/sparql-results+json");
        assertCompressed(
                server.sparql(),
                request -> request.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + Http.encode(QUERY))),
                "application/sparql-results+json");
        assertCompressed(
                server.sparql(),
                request -> request.header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofString(QUERY)),
                "text/csv");
    }

    /** The result cache keeps answers gzipped: a hit goes to a client that takes gzip as kept, not inflated. */
    @Test
    void aCachedAnswerGoesAsKeptToAClientThatAcceptsGzip() {
        String url = server.sparql() + "?query=" + Http.encode(QUERY + " # " + java.util.UUID.randomUUID());
        HttpResponse<byte[]> miss = send(url, request -> request.GET(), "text/csv", false);
        assertEquals(Optional.empty(), miss.headers().firstValue(ResultCache.HEADER));
        HttpResponse<byte[]> hit = send(url, request -> request.GET(), "text/csv", true);
        assertEquals(Optional.of("hit"), hit.headers().firstValue(ResultCache.HEADER));
        assertEquals(Optional.of("gzip"), hit.headers().firstValue("Content-Encoding"));
        assertEquals(
                Optional.of(Long.toString(hit.body().length)),
                hit.headers().firstValue("Content-Length"),
                "the kept bytes, their length known");
        assertArrayEquals(miss.body(), gunzip(hit.body()), "gzip once, not twice");
        HttpResponse<byte[]> plainHit = send(url, request -> request.GET(), "text/csv", false);
        assertEquals(Optional.of("hit"), plainHit.headers().firstValue(ResultCache.HEADER));
        assertEquals(Optional.empty(), plainHit.headers().firstValue("Content-Encoding"));
        assertArrayEquals(miss.body(), plainHit.body());
    }

    @Test
    void pagesAnalysesAndNamedQueriesAreCompressedForAClientThatAcceptsGzip() {
        for (String path : List.of("/id/actor/russia", "/parley/analysis/demands-by-actor", "/queries/deadlocks"))
            assertCompressed(server.url(path), request -> request.GET(), "text/html, application/sparql-results+json");
        assertCompressed(server.url("/id/actor/russia"), request -> request.GET(), "text/turtle");
    }

    @Test
    void theGzippedDumpIsNotCompressedAgain() throws IOException {
        String url = server.url("/dumps/parley.nq.gz");
        HttpResponse<byte[]> plain = send(url, request -> request.GET(), "*/*", false);
        HttpResponse<byte[]> accepting = send(url, request -> request.GET(), "*/*", true);
        assertEquals(200, accepting.statusCode());
        assertEquals(Optional.empty(), accepting.headers().firstValue("Content-Encoding"));
        assertEquals(
                "application/gzip",
                accepting.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(gunzip(plain.body()), gunzip(accepting.body()), "one layer of gzip, the file's own");
        assertTrue(new String(gunzip(accepting.body()), java.nio.charset.StandardCharsets.UTF_8).contains("<http"));
    }

    /** With the header: gzip, {@code Vary: Accept-Encoding}, the same bytes once gunzipped; without: no encoding. */
    private static void assertCompressed(String url, UnaryOperator<HttpRequest.Builder> method, String accept) {
        HttpResponse<byte[]> plain = send(url, method, accept, false);
        assertEquals(200, plain.statusCode(), url);
        assertEquals(Optional.empty(), plain.headers().firstValue("Content-Encoding"), url);
        HttpResponse<byte[]> compressed = send(url, method, accept, true);
        assertEquals(200, compressed.statusCode(), url);
        assertEquals(Optional.of("gzip"), compressed.headers().firstValue("Content-Encoding"), url);
        assertTrue(
                compressed.headers().allValues("Vary").stream()
                        .anyMatch(
                                vary -> vary.toLowerCase(java.util.Locale.ROOT).contains("accept-encoding")),
                url + " " + compressed.headers().allValues("Vary"));
        byte[] inflated = gunzip(compressed.body());
        assertTrue(compressed.body().length < inflated.length, url);
        assertArrayEquals(plain.body(), inflated, url);
    }

    private static HttpResponse<byte[]> send(
            String url, UnaryOperator<HttpRequest.Builder> method, String accept, boolean gzip) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", accept);
        if (gzip) request.header("Accept-Encoding", "gzip");
        try {
            return Http.client().send(method.apply(request).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
