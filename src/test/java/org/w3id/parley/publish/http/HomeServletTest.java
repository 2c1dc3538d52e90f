package org.w3id.parley.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.parley.publish.Published;
import org.w3id.parley.testing.Article;

/** {@code /}: the home page, built from the store, linking every way into the data. */
class HomeServletTest {
    private static final Published site = Published.on(Article.server());

    @Test
    void theHomePageSaysWhatTheDatasetIsAndLinksTheWaysIn() {
        String page = site.html("/");
        assertTrue(page.contains("Conceding Donetsk won&#39;t end the war in Ukraine"), "the source article");
        assertTrue(
                page.contains("<td>Claims</td><td>"
                        + Published.count(
                                Article.store(),
                                "PREFIX parley: <https://w3id.org/parley/ontology#> SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a parley:Claim }")
                        + "</td>"),
                "counts come from the store");
        assertTrue(page.contains("<a href=\"/id/actor/russia\">Russia</a>"));
        assertTrue(
                page.contains("<a href=\"/id/demand/kyiv-concede-territory\">demand that Kyiv concede territory</a>"));
        for (String link : List.of(
                "/queries/deadlocks",
                "/queries/preconditions",
                "/parley/sparql",
                "/dumps/parley.trig",
                "/dumps/parley.nq.gz",
                "/dumps/parley.jsonld",
                "/ontology",
                "/id/dataset")) assertTrue(page.contains("href=\"" + link + "\""), link);
    }

    @Test
    void theHomePageIsOnlyAPage() {
        HttpResponse<String> turtle = site.get("/", "text/turtle");
        assertEquals(406, turtle.statusCode());
        assertTrue(turtle.body().contains("text/html (?format=html)"), turtle.body());
    }
}
