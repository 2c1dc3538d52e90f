package org.w3id.parley.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3id.parley.publish.Published;
import org.w3id.parley.testing.Article;
import org.xml.sax.InputSource;

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
    void theHomePageDrawsTheWholeNegotiationAsWellFormedSvg() throws Exception {
        String page = site.html("/");
        assertTrue(page.contains("<h2 id=\"picture-heading\">The negotiation as a picture</h2>"));
        String svg = page.substring(page.indexOf("<svg xmlns="), page.indexOf("</svg>") + "</svg>".length());
        Element root = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)))
                .getDocumentElement();
        assertEquals("svg", root.getTagName(), "the picture parses as XML: everything in it is escaped");
        assertEquals("pp-title pp-desc", root.getAttribute("aria-labelledby"));
        assertTrue(svg.contains("<a href=\"/id/actor/russia\" class=\"pp-node pp-actor\""), "Russia links to its page");
        assertTrue(
                svg.contains("<a href=\"/id/claim/russian-officials-withdrawal-precondition-for-negotiations\""
                        + " class=\"pp-edge pp-precondition\"><title>Ukrainian withdrawal from Donetsk is a"
                        + " precondition for start of negotiations. Claim: Senior Russian officials:"),
                "the precondition link names and links the claim it rests on");
        assertTrue(svg.contains("class=\"pp-node pp-sequence pp-marked\""), "the refused sequence is marked");
        assertTrue(page.contains("<ul class=\"legend\" aria-label=\"Legend\">"));
        assertTrue(page.contains("refused sequence (deadlock)</li>"));
    }

    @Test
    void theHomePageIsOnlyAPage() {
        HttpResponse<String> turtle = site.get("/", "text/turtle");
        assertEquals(406, turtle.statusCode());
        assertTrue(turtle.body().contains("text/html (?format=html)"), turtle.body());
    }
}
