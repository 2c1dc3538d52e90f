package org.w3id.parley.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3id.parley.Resources;
import org.w3id.parley.publish.Published;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.TestServer;

/**
 * A browser's SPARQL query gets a page: the query, editable, and its results as a table, or its error beside it;
 * programs get the SPARQL results they always got.
 */
class ResultsPageFilterTest {
    /** What Chromium sends for a page. */
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final Published site = Published.on(Article.server());
    private static final String PRECONDITIONS = Resources.text("examples/precondition-pairs.rq");

    @Test
    void aBrowserGetsThePreconditionPairsAsATable() {
        HttpResponse<String> response = browserGet(site, PRECONDITIONS);
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        Document page = Jsoup.parse(response.body());

        long pairs = Http.select(site.url("/parley/sparql"), PRECONDITIONS).size();
        List<Element> rows = page.select("table.results tbody tr");
        assertEquals(pairs, rows.size());
        assertEquals(pairs + " rows", page.selectFirst("table.results caption").text());
        assertEquals(
                List.of("before", "after"),
                page.select("table.results thead th").eachText());
        assertTrue(
                rows.stream()
                        .anyMatch(row -> row.child(0).text().startsWith("Ukrainian withdrawal from Donetsk")
                                && row.child(1).text().startsWith("start of negotiations")),
                "the article's chain: withdrawal from Donetsk before the start of negotiations");
        assertEquals(
                PRECONDITIONS.strip(),
                page.selectFirst("textarea[name=query]").val().strip(),
                "the query, to be edited");
    }

    @Test
    void iriCellsLinkToTheirPagesUnderTheirLabels() {
        Document page = Jsoup.parse(browserGet(site, """
                        PREFIX parley: <https://w3id.org/parley/ontology#>
                        SELECT DISTINCT ?item WHERE { GRAPH ?claim { ?item parley:isPreconditionFor <https://w3id.org/parley/id/stage/start-of-negotiations> } }""").body());
        Element link = page.selectFirst("table.results a[href=/id/concession/withdrawal-from-donetsk]");
        assertTrue(link != null, page::html);
        assertEquals("Ukrainian withdrawal from Donetsk", link.text());
        assertEquals("https://w3id.org/parley/id/concession/withdrawal-from-donetsk", link.attr("title"));
        assertEquals("1 row", page.selectFirst("table.results caption").text());
    }

    @Test
    void aSyntaxErrorIsShownBesideTheQueryWhichIsKept() {
        String broken = """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?label WHERE {
                  ?item rdfs:label ?label
                  FILTER (CONTAINS(?label, "Donetsk")
                }""";
        HttpResponse<String> response = browserGet(site, broken);
        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        Document page = Jsoup.parse(response.body());
        assertEquals(broken, page.selectFirst("form textarea[name=query]").val());
        Element error = page.selectFirst("form #query-error[role=alert]");
        assertTrue(error != null, page::html);
        assertTrue(error.text().startsWith("Line 5, column 1:"), error.text());
        assertEquals("}\n^", error.selectFirst("pre.excerpt").wholeText());
        assertFalse(error.text().contains("Was expecting"), "the parser's list of every token is left out");
        assertEquals("query-error", page.selectFirst("textarea").attr("aria-describedby"));
    }

    @Test
    void anUpdateSentAsAQueryIsRefusedAndChangesNothing() {
        String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"written\" } }";
        HttpResponse<String> response = browserGet(site, update);
        assertEquals(400, response.statusCode());
        assertEquals(
                update, Jsoup.parse(response.body()).selectFirst("textarea").val());
        assertEquals(
                0,
                Http.select(site.url("/parley/sparql"), "SELECT * { GRAPH <urn:x:g> { ?s ?p ?o } }")
                        .size());
    }

    @Test
    void askAndConstructAreShownToo() {
        Document yes = Jsoup.parse(browserGet(site, "ASK { ?claim a <https://w3id.org/parley/ontology#Claim> }")
                .body());
        assertEquals("Yes: the pattern matches.", yes.selectFirst("p.answer").text());
        Document no = Jsoup.parse(browserGet(site, "ASK { ?claim a <https://w3id.org/parley/ontology#NoSuchClass> }")
                .body());
        assertEquals(
                "No: the pattern does not match.", no.selectFirst("p.answer").text());

        String graph = Resources.text("examples/claim-graph.rq");
        Document triples = Jsoup.parse(browserGet(site, graph).body());
        long expected = Published.count(
                Article.store(),
                "SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/parley/id/claim/"
                        + "russian-officials-withdrawal-precondition-for-negotiations> { ?s ?p ?o } }");
        assertEquals(
                expected + " triples",
                triples.selectFirst("table.results caption").text());
        assertEquals(
                List.of("subject", "predicate", "object"),
                triples.select("table.results th").eachText());
        assertTrue(
                triples.select("table.results td a")
                        .eachAttr("href")
                        .contains("/id/concession/withdrawal-from-donetsk"),
                triples::html);
    }

    @Test
    void resultsThePageCannotReadBackAreA500PageThatSaysWhereToGetThem() {
        String query = "SELECT ?statement { BIND(<<( <urn:x:s> <urn:x:p> <urn:x:o> )>> AS ?statement) }";
        HttpResponse<String> response = browserGet(site, query);
        assertEquals(500, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals(query, page.selectFirst("textarea").val());
        assertTrue(page.selectFirst("#query-error").text().contains("format=json"), page::html);
        assertEquals(
                "application/sparql-results+json",
                type(get(site, "/parley/sparql?query=" + Http.encode(query) + "&format=json", BROWSER)));
    }

    @Test
    void aLongAnswerShowsItsFirstRowsAndSaysHowManyThereAre() {
        long all = Published.count(Article.store(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertTrue(all > ResultsPageFilter.MAX_ROWS, "the article has more statements than a page shows");
        Document page = Jsoup.parse(browserGet(site, "SELECT * { ?s ?p ?o }").body());
        assertEquals(
                ResultsPageFilter.MAX_ROWS,
                page.select("table.results tbody tr").size());
        assertEquals(
                String.format(java.util.Locale.ENGLISH, "the first %,d of %,d rows", ResultsPageFilter.MAX_ROWS, all),
                page.selectFirst("table.results caption").text());
    }

    @Test
    void programsGetTheResultTypesTheyGotBefore() {
        String query = Http.encode("ASK {}");
        // Fuseki's own choices: XML without an Accept header, JSON for anything
        assertEquals("application/sparql-results+xml", type(get(site, "/parley/sparql?query=" + query, null)));
        for (String accept : new String[] {"*/*", "application/sparql-results+json"})
            assertEquals(
                    "application/sparql-results+json",
                    type(get(site, "/parley/sparql?query=" + query, accept)),
                    "Accept: " + accept);
        assertEquals(
                "application/sparql-results+xml",
                type(get(site, "/parley/sparql?query=" + query, "application/sparql-results+xml")));
        assertEquals("text/csv", type(get(site, "/parley/sparql?query=" + query, "text/csv")));
        // a browser asking for a format by name gets it
        assertEquals("text/csv", type(get(site, "/parley/query?query=" + query + "&format=csv", BROWSER)));
        assertEquals(
                "application/sparql-results+json",
                type(get(site, "/parley/sparql?query=" + query + "&output=json", BROWSER)));
        HttpResponse<String> post = Http.query(site.url("/parley/sparql"), "ASK {}", "application/sparql-results+json");
        assertEquals("application/sparql-results+json", type(post));
    }

    @Test
    void aFormPostFromABrowserAndTheFormsBlankFormatGetThePage() {
        HttpResponse<String> post = Http.query(site.url("/parley/query"), PRECONDITIONS, BROWSER);
        assertEquals(200, post.statusCode(), post::body);
        assertTrue(Jsoup.parse(post.body()).text().contains("start of negotiations"));
        HttpResponse<String> blank =
                get(site, "/parley/sparql?query=" + Http.encode(PRECONDITIONS) + "&format=", BROWSER);
        assertEquals("text/html", type(blank));
    }

    @Test
    void aPageIsKeptByTheResultCache() {
        // a server of its own: the shared store's version moves when other tests in the JVM commit to it
        try (TestServer server = Article.serverWith().start()) {
            Published own = Published.on(server);
            HttpResponse<String> first = browserGet(own, PRECONDITIONS);
            HttpResponse<String> second = browserGet(own, PRECONDITIONS);
            assertEquals(200, second.statusCode());
            assertEquals("hit", second.headers().firstValue("X-Parley-Cache").orElse("miss"));
            assertEquals(first.body(), second.body());
            assertEquals("text/html", type(second));
        }
    }

    @Test
    void aQueryThatRunsOutOfTimeGetsAPageWith503() {
        try (TestServer server =
                Article.serverWith().timeout(Duration.ofSeconds(1)).start()) {
            String runaway =
                    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }";
            HttpResponse<String> response = browserGet(Published.on(server), runaway);
            assertEquals(503, response.statusCode(), response::body);
            Document page = Jsoup.parse(response.body());
            assertEquals("The query took too long", page.selectFirst("h1").text());
            assertEquals(runaway, page.selectFirst("textarea").val());
            assertTrue(page.selectFirst("#query-error").text().contains("timed out"), page::html);
        }
    }

    static HttpResponse<String> browserGet(Published site, String query) {
        return get(site, "/parley/sparql?query=" + Http.encode(query), BROWSER);
    }

    private static HttpResponse<String> get(Published site, String path, String accept) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(site.url(path))).timeout(Duration.ofSeconds(60));
        if (accept != null) request.header("Accept", accept);
        try {
            return Http.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String type(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        return response.headers()
                .firstValue("Content-Type")
                .orElseThrow()
                .replaceFirst(";.*", "")
                .strip();
    }
}
