package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.apache.jena.sparql.util.IsoMatcher;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.TestServer;

/**
 * What the W3C protocol tests ({@link W3cProtocolTest}, {@link W3cGraphStoreTest}) send and how they read what comes
 * back: one request builder for every method, content type and body the W3C tests use, the fixture editor's
 * credentials for writes, and Jena's readers for the results and graphs.
 */
final class W3cRequests {
    static final String FORM = "application/x-www-form-urlencoded";
    static final String SPARQL_QUERY = "application/sparql-query";
    static final String SPARQL_UPDATE = "application/sparql-update";
    static final String TURTLE = "text/turtle";

    /** The media types the W3C tests accept for each expected format. */
    static final Set<String> BOOLEAN_TYPES =
            Set.of("application/sparql-results+xml", "application/sparql-results+json");

    static final Set<String> TABULAR_TYPES = Set.of(
            "application/sparql-results+xml",
            "application/sparql-results+json",
            "text/csv",
            "text/tab-separated-values");
    /** RDFa is left out: Jena cannot read it, and Parley does not write it. */
    static final Set<String> RDF_TYPES = Set.of("application/rdf+xml", "text/turtle", "application/n-triples");

    private static final String CREDENTIALS =
            "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));

    /** A server of the test's own over {@code store}, where the fixture's editor may write. */
    static TestServer serverOver(DatasetGraph store) {
        return TestServer.over(store).auth(fixture("users.passwd")).start();
    }

    /** {@code url} with the query string the W3C test gives, if any, each value percent-encoded. */
    static String withParams(String url, String... namesAndValues) {
        if (namesAndValues.length == 0) return url;
        StringJoiner query = new StringJoiner("&", url + "?", "");
        for (int i = 0; i < namesAndValues.length; i += 2)
            query.add(namesAndValues[i] + "=" + Http.encode(namesAndValues[i + 1]));
        return query.toString();
    }

    /** The request as the W3C test writes it, without credentials; no {@code Content-Type} when it is null. */
    static HttpRequest.Builder request(String method, String url, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) request.header("Content-Type", contentType);
        return request;
    }

    static HttpRequest.Builder request(String method, String url, String contentType, String body) {
        return request(method, url, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        return Http.send(request.copy().build());
    }

    static HttpResponse<String> asEditor(HttpRequest.Builder request) {
        return Http.send(request.copy().header("Authorization", CREDENTIALS).build());
    }

    /**
     * A write the W3C test expects to succeed. Sent as written, without credentials, Parley refuses it (401: only users
     * of the password file write); the editor's answer is returned.
     */
    static HttpResponse<String> write(HttpRequest.Builder request) {
        HttpResponse<String> anonymous = send(request);
        assertEquals(401, anonymous.statusCode(), "a write without credentials: " + anonymous.body());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").isPresent(), "no WWW-Authenticate");
        return asEditor(request);
    }

    static void assertStatus(int expected, HttpResponse<String> response) {
        assertEquals(
                expected,
                response.statusCode(),
                () -> response.request().method() + " " + response.uri() + " answered:\n" + response.body());
    }

    /** W3C's {@code hts:StatusCode2xx, hts:StatusCode3xx}. */
    static void assertSuccess(HttpResponse<String> response) {
        int status = response.statusCode();
        assertTrue(
                status >= 200 && status < 400,
                () -> response.request().method() + " " + response.uri() + " answered " + status + ":\n"
                        + response.body());
    }

    /** The status and the words Parley's refusal gives its reason in. */
    static void assertRefused(int status, String words, HttpResponse<String> response) {
        assertStatus(status, response);
        assertTrue(
                response.body().toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT)),
                () -> "expected '" + words + "' in:\n" + response.body());
    }

    /** The media type of the answer, without parameters. */
    static String mediaType(HttpResponse<String> response) {
        return WriteGuard.mediaType(
                response.headers().firstValue("Content-Type").orElse(""));
    }

    /** A successful answer, in one of {@code types}, read by Jena as SPARQL results. */
    static SPARQLResult results(HttpResponse<String> response, Set<String> types) {
        assertSuccess(response);
        String type = mediaType(response);
        assertTrue(types.contains(type), () -> "answered as " + type + ", not one of " + types);
        Lang lang = RDFLanguages.contentTypeToLang(type);
        assertNotNull(lang, type);
        return ResultsReader.create()
                .lang(lang)
                .build()
                .readAny(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    /** W3C's {@code mf:expectedFormat "boolean"} with {@code mf:expectedBoolean}. */
    static void assertAnswers(boolean expected, HttpResponse<String> response) {
        SPARQLResult result = results(response, BOOLEAN_TYPES);
        assertTrue(result.isBoolean(), "not a boolean answer:\n" + response.body());
        assertEquals(expected, result.getBooleanResult(), response.body());
    }

    /** A successful answer in one of {@code types}, read by Jena as a graph. */
    static Graph graph(HttpResponse<String> response, Set<String> types) {
        assertSuccess(response);
        String type = mediaType(response);
        assertTrue(types.contains(type), () -> "answered as " + type + ", not one of " + types);
        return RDFParser.fromString(response.body(), RDFLanguages.contentTypeToLang(type))
                .toGraph();
    }

    static Graph turtle(String text) {
        return RDFParser.fromString(text, Lang.TURTLE).toGraph();
    }

    static void assertIsomorphic(Graph expected, Graph actual) {
        assertTrue(IsoMatcher.isomorphic(expected, actual), () -> "expected\n" + expected + "\nbut got\n" + actual);
    }

    private W3cRequests() {}
}
