package org.w3id.parley.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.w3id.parley.publish.Published;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;

/** {@code /search} on the article, as a page and as JSON, and {@code text:query} at the public SPARQL endpoint. */
class SearchServletTest {
    private static final Published site = Published.on(Article.server());
    private static final String DEMAND = Published.ID + "demand/ukrainian-withdrawal-from-donetsk";

    private static JsonObject json(String path) {
        HttpResponse<String> response = site.get(path, "application/json");
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<JsonObject> hits(JsonObject answer) {
        List<JsonObject> hits = new ArrayList<>();
        for (JsonValue hit : answer.get("hits").getAsArray()) hits.add(hit.getAsObject());
        return hits;
    }

    @Test
    void searchingDonetskFindsTheDemandAndTheClaimsQuotingItBestFirst() {
        List<JsonObject> hits = hits(json("/search?q=Donetsk&limit=100"));
        Set<String> iris = new TreeSet<>();
        double previous = Double.MAX_VALUE;
        for (JsonObject hit : hits) {
            iris.add(hit.get("iri").getAsString().value());
            double score = hit.get("score").getAsNumber().value().doubleValue();
            assertTrue(score <= previous, "best first");
            previous = score;
        }
        assertTrue(iris.contains(DEMAND), iris::toString);
        List<Binding> quoting = Http.select(Article.server().sparql(), """
                PREFIX parley: <https://w3id.org/parley/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?claim WHERE { ?claim parley:hasQuote/oa:hasSelector/oa:exact ?exact
                  FILTER CONTAINS(?exact, "Donetsk") }""");
        assertFalse(quoting.isEmpty());
        for (Binding row : quoting)
            assertTrue(iris.contains(row.get("claim").getURI()), row.get("claim") + " quotes Donetsk");
        JsonObject demand = hits.stream()
                .filter(h -> h.get("iri").getAsString().value().equals(DEMAND))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "demand for Ukraine's withdrawal from Donetsk",
                demand.get("label").getAsString().value());
        assertEquals(
                "/id/demand/ukrainian-withdrawal-from-donetsk",
                demand.get("page").getAsString().value());
        assertEquals("Demand", demand.get("type").getAsString().value());
        JsonArray marked = demand.get("marked").getAsArray();
        assertEquals("Donetsk", marked.get(0).getAsString().value());
    }

    @Test
    void theResultsPageLinksEachHitWithItsWordsMarked() {
        String page = site.html("/search?q=Donetsk");
        assertTrue(page.contains("<a href=\"/id/demand/ukrainian-withdrawal-from-donetsk\">"), page);
        assertTrue(page.contains("<mark>Donetsk</mark>"), page);
        assertTrue(page.contains("value=\"Donetsk\""), "the form keeps the words");
        assertTrue(page.contains("<ol class=\"hits\">"));
    }

    @Test
    void theLimitCutsTheResults() {
        assertEquals(2, hits(json("/search?q=Donetsk&limit=2")).size());
        assertEquals(2, hits(json("/search?format=json&q=Donetsk&limit=2")).size(), "?format=json");
    }

    @Test
    void noWordsShowsTheFormAndEveryPageHasTheSearchBox() {
        String form = site.html("/search");
        assertTrue(form.contains("id=\"search-words\""), form);
        assertFalse(form.contains("<ol class=\"hits\">"));
        assertTrue(site.html("/").contains("action=\"/search\""), "the header's search box");
    }

    @Test
    void aSearchThatCannotBeParsedIsA400PageNamingTheProblem() {
        HttpResponse<String> bad = site.get("/search?q=" + Http.encode("\"Donetsk"), "text/html");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(bad.body().contains("cannot be parsed"), bad.body());
        assertTrue(bad.body().contains("role=\"alert\""), "styled, on the search page");
        HttpResponse<String> badLimit = site.get("/search?q=Donetsk&limit=many", "text/html");
        assertEquals(400, badLimit.statusCode());
        assertTrue(badLimit.body().contains("The limit &quot;many&quot;"), badLimit.body());
        HttpResponse<String> badJson = site.get("/search?q=AND", "application/json");
        assertEquals(400, badJson.statusCode());
        assertTrue(badJson.body().contains("\"error\""), badJson.body());
    }

    @Test
    void textQueryWorksAtThePublicSparqlEndpoint() {
        List<Binding> rows = Http.select(Article.server().sparql(), """
                PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?s ?score WHERE { (?s ?score) text:query (rdfs:label "Donetsk" 1000000000) }
                ORDER BY DESC(?score)""");
        assertTrue(rows.stream().anyMatch(r -> r.get("s").getURI().equals(DEMAND)), rows::toString);
        assertEquals(
                "https://w3id.org/parley/id/place/donetsk",
                rows.get(0).get("s").getURI(),
                "the place named just Donetsk scores best");
    }

    @Test
    void aTextQueryThatCannotBeParsedIsA400NamingTheSearch() {
        HttpResponse<String> bad = Http.query(Article.server().sparql(), """
                PREFIX text: <http://jena.apache.org/text#>
                SELECT ?s WHERE { ?s text:query "\\"Donetsk" }""", "application/sparql-results+json");
        assertEquals(400, bad.statusCode(), bad::body);
        assertTrue(bad.body().contains("Donetsk"), bad.body());
    }
}
