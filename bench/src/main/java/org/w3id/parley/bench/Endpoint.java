package org.w3id.parley.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.w3id.parley.ParleyException;

/** A SPARQL endpoint under test, asked over HTTP/1.1 the way any client would. */
final class Endpoint {
    /** One answer: its HTTP status, its body and how long it took to arrive in full. */
    record Answer(int status, byte[] body, long nanos) {
        boolean ok() {
            return status == 200;
        }

        /** Any 2xx: a write may answer 201 or 204 as well as 200. */
        boolean accepted() {
            return status >= 200 && status < 300;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /**
         * A 200 whose JSON results stop short: the server's timeout struck after the status line had gone out, so
         * all it could do was stop sending.
         */
        boolean cutOff() {
            int end = body.length - 1;
            while (end >= 0 && Character.isWhitespace(body[end])) end--;
            return status == 200 && (end < 0 || body[end] != '}');
        }

        long rows() {
            return ResultSetFormatter.consume(ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_JSON));
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String url;
    private final Duration timeout;

    /** {@code serverTimeout} is the server's own; the client waits a little longer, so the server's answer to a timeout arrives. */
    Endpoint(String url, Duration serverTimeout) {
        this.url = url;
        this.timeout = serverTimeout.plusSeconds(10);
    }

    String url() {
        return url;
    }

    Answer query(String sparql) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build();
        return send(request);
    }

    /** A write: {@code body} posted as {@code contentType} to {@code target}, timed until the answer is in. */
    Answer post(String target, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(target))
                .timeout(timeout)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    /** A SPARQL update sent the way Virtuoso's endpoint takes it: in the {@code query} form field, like a query. */
    Answer updateAsQuery(String update) {
        return post(
                url,
                "application/x-www-form-urlencoded",
                ("query=" + URLEncoder.encode(update, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    Answer get(String pageUrl, String accept) {
        return send(HttpRequest.newBuilder(URI.create(pageUrl))
                .timeout(timeout)
                .header("Accept", accept)
                .GET()
                .build());
    }

    private Answer send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException ex) {
            return new Answer(-1, ex.toString().getBytes(StandardCharsets.UTF_8), System.nanoTime() - start);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new ParleyException("interrupted");
        }
    }
}
