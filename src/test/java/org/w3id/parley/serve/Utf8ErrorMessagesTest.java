package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;

/** Fuseki's error messages reach the client whole, in UTF-8, whatever characters of the request they quote. */
class Utf8ErrorMessagesTest {

    private static HttpResponse<String> ask(String query) {
        return Http.query(Article.server().sparql(), query, "application/sparql-results+json");
    }

    private static void assertQuoted(HttpResponse<String> response, String quoted) {
        assertEquals(400, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().contains("utf-8"), response::toString);
        assertTrue(response.body().contains(quoted), response::body);
    }

    /** Not ISO-8859-1 at all: Fuseki failed writing the message and answered 500. */
    @Test
    void aMessageQuotingCyrillicIs400AndReadable() {
        assertQuoted(ask("SELECT * { BIND(<java:Жук>(1) AS ?x) }"), "<java:Жук>");
        assertQuoted(ask("SELECT * FROM <urn:x-arq:Жук> { ?s ?p ?o }"), "<urn:x-arq:Жук>");
    }

    /** ISO-8859-1 but not ASCII: Fuseki sent é as the single byte 0xE9, which is not UTF-8. */
    @Test
    void aMessageQuotingAnAccentKeepsIt() {
        assertQuoted(ask("SELECT * { BIND(<java:café>(1) AS ?x) }"), "<java:café>");
    }

    @Test
    void anAsciiMessageIsUnchanged() {
        HttpResponse<String> response = ask("SELECT * { BIND(<java:tea>(1) AS ?x) }");
        assertQuoted(response, "<java:tea>");
        assertEquals(
                Long.toString(response.body().length()),
                response.headers().firstValue("Content-Length").orElseThrow());
    }
}
