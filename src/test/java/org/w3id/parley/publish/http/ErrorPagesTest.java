package org.w3id.parley.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;

/** The errors Jetty and Fuseki answer themselves come as the site's page to a browser and as text to programs. */
class ErrorPagesTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void anUnknownPathIsTheSitesNotFoundPageForABrowser() {
        HttpResponse<String> page = Http.get(Article.server().url("/no/such/page"), BROWSER);
        assertEquals(404, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        String body = page.body();
        assertTrue(body.contains("<h1>Not found</h1>"), body);
        assertTrue(body.contains("Nothing is served at /no/such/page."), body);
        assertTrue(
                body.contains("<style>") && body.contains("<nav aria-label=\"Site\">"), "the site's layout: " + body);
        assertFalse(body.contains("Powered by Jetty"), body);
    }

    @Test
    void anUnknownPathUnderTheDatasetIsStyledToo() {
        HttpResponse<String> page = Http.get(Article.server().url("/parley/no-such-endpoint"), BROWSER);
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("<h1>Not found</h1>"), page.body());
        assertTrue(page.body().contains("Nothing is served at /parley/no-such-endpoint."), page.body());
    }

    @Test
    void programsGetALineOfText() {
        for (String accept : new String[] {"*/*", "text/plain", "application/sparql-results+json"}) {
            HttpResponse<String> text = Http.get(Article.server().url("/no/such/page"), accept);
            assertEquals(404, text.statusCode(), accept);
            assertTrue(text.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"), accept);
            assertEquals("Nothing is served at /no/such/page.\n", text.body(), accept);
        }
    }

    @Test
    void aPathIsShownEscaped() {
        HttpResponse<String> page = Http.get(Article.server().url("/no/%3Cb%3Ebold"), BROWSER);
        assertEquals(404, page.statusCode());
        assertFalse(page.body().contains("<b>bold"), page.body());
        assertTrue(page.body().contains("Nothing is served at /no/%3Cb%3Ebold."), page.body());
    }

    @Test
    void otherErrorsJettyAnswersAreStyledWithTheirStatus() {
        // A compressed request body is refused (415) by a Jetty handler before Fuseki sees it.
        HttpRequest.Builder post = HttpRequest.newBuilder(
                        URI.create(Article.server().sparql()))
                .header("Content-Type", "application/sparql-query")
                .header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}"));
        HttpResponse<String> page =
                Http.send(post.copy().header("Accept", BROWSER).build());
        assertEquals(415, page.statusCode(), page.body());
        assertTrue(page.body().contains("<h1>415 Unsupported Media Type</h1>"), page.body());
        assertTrue(page.body().contains("<style>"), page.body());

        HttpResponse<String> text =
                Http.send(post.copy().header("Accept", "*/*").build());
        assertEquals(415, text.statusCode());
        assertTrue(text.body().startsWith("415 Unsupported Media Type: "), text.body());
    }
}
