package org.w3id.parley.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * A small HTTP client for tests against the real server. Each request gets a fresh connection: after an
 * error response Jetty may close a connection that a pooled client would otherwise try to reuse.
 */
public final class Http {
    /** A bound against hanging forever, not a performance claim. */
    private static final Duration GUARD = Duration.ofSeconds(60);

    public static HttpResponse<String> get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", accept)
                .timeout(GUARD)
                .GET()
                .build());
    }

    public static HttpResponse<String> query(String endpoint, String sparql, String accept) {
        return send(queryRequest(endpoint, sparql, accept));
    }

    /** The rows {@code endpoint} answers to the SELECT query {@code sparql}, after checking that it answered 200. */
    public static List<Binding> select(String endpoint, String sparql) {
        HttpResponse<String> response = query(endpoint, sparql, "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response::body);
        ResultSet rows = ResultSetMgr.read(
                new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<Binding> list = new ArrayList<>();
        while (rows.hasNext()) list.add(rows.nextBinding());
        return list;
    }

    public static CompletableFuture<HttpResponse<String>> queryAsync(String endpoint, String sparql, String accept) {
        return client().sendAsync(queryRequest(endpoint, sparql, accept), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest queryRequest(String endpoint, String sparql, String accept) {
        return HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(GUARD)
                .header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build();
    }

    public static HttpResponse<String> update(String endpoint, String sparqlUpdate, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(GUARD)
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparqlUpdate));
        if (user != null)
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return send(request.build());
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return client().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    public static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Http() {}
}
