package org.w3id.parley.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.w3id.parley.publish.Published;
import org.w3id.parley.query.NamedQueries;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;

/**
 * Named queries and analyses, one handler at two paths: {@code /queries/NAME} as resources for people and
 * {@code /parley/analysis/NAME} for programs, with their evidence in every format and the same rules on both.
 */
class NamedQueryServletTest {
    private static final List<String> MOUNTS = List.of("/queries/", "/parley/analysis/");
    private static final Published site = Published.on(Article.server());

    @Test
    void theListLinksEveryNamedQuery() {
        String page = site.get("/queries/", "text/html").body();
        for (String name :
                List.of("chains", "deadlocks", "demands-by-actor", "preconditions", "red-line-conflicts", "what-if"))
            assertTrue(page.contains("href=\"/queries/" + name + "\""), name);
    }

    @Test
    void theAnalysesOverTimeAreServedOnBothPaths() {
        String page = site.get("/queries/", "text/html").body();
        for (String name : List.of("position-history", "shifts", "disagreements"))
            assertTrue(page.contains("href=\"/queries/" + name + "\""), name);
        String listed = site.get("/parley/analysis/", "application/json").body();
        for (String name : List.of("position-history", "shifts", "disagreements"))
            assertTrue(listed.contains("\"url\" : \"/parley/analysis/" + name + "\""), listed);

        JsonObject disagreements = JSON.parse(
                site.get("/parley/analysis/disagreements", "application/json").body());
        JsonArray evidence = disagreements.get("evidence").getAsArray();
        assertEquals(1, evidence.size(), "the article's one disagreement");
        // the author's prediction against Washington's belief, which the author reports
        assertEquals(
                List.of("Jennifer Kavanagh / Jennifer Kavanagh", "Washington / Jennifer Kavanagh"),
                evidence.get(0).getAsArray().stream()
                        .map(e -> e.getAsObject().getString("holderLabel") + " / "
                                + e.getAsObject().getString("speakerLabel"))
                        .toList());

        HttpResponse<String> history = site.get(
                "/parley/analysis/position-history?actor=" + Http.encode("<https://w3id.org/parley/id/actor/ukraine>")
                        + "&item=",
                "text/csv");
        assertEquals(200, history.statusCode(), history.body());
        assertTrue(history.body().contains(",2025-08,the claim's date,"), history.body());
        HttpResponse<String> ukraine = site.get(
                "/queries/position-history?actor=" + Http.encode("<https://w3id.org/parley/id/actor/ukraine>"),
                "text/html");
        assertEquals(200, ukraine.statusCode());
        assertTrue(ukraine.body().contains("<mark>As JD Vance put it in August 2025,"), "the Vance claim, quoted");
    }

    @Test
    void anAnalysisAsAPageLinksItsTermsAndShowsItsEvidence() {
        HttpResponse<String> response = site.get("/queries/deadlocks?view=table", "text/html");
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertTrue(
                page.contains("<td>refused sequence</td>"),
                "the article's refused sequence: land first, guarantees later");
        assertTrue(page.contains("<a href=\"/id/sequence/land-first-guarantees-later\">"), "terms link to their pages");
        assertTrue(
                page.contains(
                        "<mark>Understanding this, Ukraine’s leaders can never accept a “territory for security guarantees” bargain, especially one which requires them to give up the land first and receive security promises later.</mark>"),
                "the refusing claim's words");
        assertTrue(
                page.contains(
                        "<mark>In recent rounds of talks with the Ukrainian delegation, Washington has reportedly continued to make future US security commitments contingent on Kyiv’s withdrawal from Donetsk</mark>"),
                "the requiring claim's words");
        assertTrue(
                page.contains("<label for=\"param-requirer\">requirer</label>"), "a form for the declared parameters");
        assertTrue(
                page.contains(
                        "the actor requiring the sequence (optional; restricts &quot;refused sequence&quot; rows)"),
                "descriptions keep their own semicolons");
    }

    @Test
    void anAnalysisPageDrawsTheResourcesOfItsRowsAndTheLinksAmongThem() {
        String page = site.html("/queries/deadlocks");
        assertTrue(page.contains("<h2 id=\"picture-heading\">The rows as a picture</h2>"));
        String svg = page.substring(page.indexOf("<svg xmlns="), page.indexOf("</svg>"));
        assertTrue(svg.contains("<a href=\"/id/actor/washington\" class=\"pp-node pp-actor\""));
        assertTrue(svg.contains("<a href=\"/id/actor/ukraines-leaders\" class=\"pp-node pp-actor\""));
        assertTrue(svg.contains(
                "<a href=\"/id/claim/ukraines-leaders-cannot-accept-land-first-promises-later\" class=\"pp-edge"
                        + " pp-refused-sequence pp-refusal\">"));
        assertFalse(svg.contains("/id/actor/russia\""), "Russia is in no row of the deadlocks");
        String refused = site.get("/queries/demands-by-actor?actor=" + Http.encode("id:actor/atlantis"), "text/html")
                .body();
        assertFalse(refused.contains("<svg xmlns="), "no rows, no picture");
    }

    @Test
    void resultsNegotiateJsonCsvTsvAndXmlWithEvidence() {
        HttpResponse<String> json = site.get("/queries/demands-by-actor", "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        JsonObject parsed = JSON.parse(json.body());
        int rows =
                parsed.get("results").getAsObject().get("bindings").getAsArray().size();
        assertTrue(rows >= 2, "the article's two demands");
        assertEquals(rows, parsed.get("evidence").getAsArray().size(), "one evidence list per row");

        HttpResponse<String> csv = site.get("/queries/demands-by-actor", "text/csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.body().lines().findFirst().orElseThrow().endsWith(",evidence"), csv.body());

        HttpResponse<String> tsv = site.get("/queries/demands-by-actor?format=tsv", "text/html");
        assertTrue(tsv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/tab-separated-values"));

        HttpResponse<String> xml = site.get("/queries/demands-by-actor", "application/sparql-results+xml");
        ResultSet results = ResultSetMgr.read(
                new ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_XML);
        assertEquals(rows, ResultSetFormatter.consume(results));
        assertTrue(
                xml.body().contains("Senior Russian officials have repeatedly made clear"),
                "the XML carries the evidence column");
    }

    @Test
    void parametersAreBoundAsTermsNotPastedIntoTheQuery() {
        HttpResponse<String> russia = site.get(
                "/queries/demands-by-actor?actor="
                        + Http.encode("<https://w3id.org/parley/id/actor/senior-russian-officials>"),
                "text/csv");
        assertEquals(200, russia.statusCode());
        assertTrue(russia.body().contains("demand for Ukraine's withdrawal from Donetsk"));
        assertTrue(!russia.body().contains("demand that Kyiv concede territory"), "only that actor's demands");

        HttpResponse<String> hostile = site.get(
                "/queries/demands-by-actor?actor=" + Http.encode("x> } } ; DROP ALL ; SELECT * { ?s ?p ?o"),
                "text/csv");
        assertEquals(400, hostile.statusCode(), hostile.body());
        assertTrue(
                hostile.body().startsWith("Parameter actor: 'x> } } ; DROP ALL ; SELECT * { ?s ?p ?o' names nothing"),
                "refused, not answered with no rows: " + hostile.body());
    }

    @Test
    void aLabelAPrefixedNameOrAPathGiveTheSameRowsAsTheIri() {
        for (String mount : MOUNTS) {
            String byIri = site.get(
                            mount + "demands-by-actor?actor="
                                    + Http.encode("<https://w3id.org/parley/id/actor/trump-administration>"),
                            "text/csv")
                    .body();
            assertTrue(byIri.contains("demand that Kyiv concede territory"), byIri);
            for (String value : List.of(
                    "Trump administration",
                    "trump ADMINISTRATION",
                    "https://w3id.org/parley/id/actor/trump-administration",
                    "id:actor/trump-administration",
                    "/id/actor/trump-administration")) {
                HttpResponse<String> response =
                        site.get(mount + "demands-by-actor?actor=" + Http.encode(value), "text/csv");
                assertEquals(200, response.statusCode(), value + ": " + response.body());
                assertEquals(byIri, response.body(), value);
            }
        }
        String byIri = site.get(
                        "/queries/source-view?view=table&actor="
                                + Http.encode("<https://w3id.org/parley/id/actor/washington>"),
                        "text/html")
                .body();
        String byLabel = site.get("/queries/source-view?actor=Washington&view=table", "text/html")
                .body();
        assertTrue(byIri.contains("<td>held by</td>"), "Washington holds positions the author reports");
        assertEquals(rowsOf(byIri), rowsOf(byLabel), "the page for the label Washington has the rows for its IRI");
    }

    @Test
    void aValueThatNamesNothingIsAStyledPageNamingTheParameter() {
        HttpResponse<String> page = site.get("/queries/demands-by-actor?actor=Atlantis", "text/html");
        assertEquals(400, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        String body = page.body();
        assertTrue(
                body.contains("<p role=\"alert\">Parameter actor: &#39;Atlantis&#39; names nothing in the data."),
                body);
        assertTrue(body.contains("<style>") && body.contains("<h1>Demands by actor</h1>"), "the site's page: " + body);
        assertTrue(body.contains("name=\"actor\" value=\"Atlantis\""), "the form keeps the value to correct");
        assertTrue(!body.contains("<table>"), "no results table, as none were computed");

        HttpResponse<String> unknownIri =
                site.get("/queries/demands-by-actor?actor=" + Http.encode("id:actor/atlantis"), "text/html");
        assertEquals(400, unknownIri.statusCode());
        assertTrue(
                unknownIri
                        .body()
                        .contains(
                                "Parameter actor: no resource &lt;https://w3id.org/parley/id/actor/atlantis&gt; in the data."),
                unknownIri.body());

        HttpResponse<String> json = site.get("/parley/analysis/demands-by-actor?target=Atlantis", "application/json");
        assertEquals(400, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JsonObject error = JSON.parse(json.body());
        assertEquals("target", error.getString("parameter"));
        assertTrue(error.getString("error").startsWith("Parameter target: 'Atlantis' names nothing"), json.body());

        HttpResponse<String> csv = site.get("/parley/analysis/demands-by-actor?target=Atlantis", "text/csv");
        assertEquals(400, csv.statusCode());
        assertTrue(csv.body().startsWith("Parameter target: 'Atlantis' names nothing"), csv.body());
    }

    @Test
    void theFormOffersTheResourcesOfTheDataAndItsExamplesWork() {
        String demands = site.get("/queries/demands-by-actor", "text/html").body();
        assertTrue(demands.contains("list=\"options-actor\""), demands);
        String actors = datalist(demands, "actor");
        assertTrue(actors.contains("<option value=\"Washington\">id:actor/washington</option>"), actors);
        assertTrue(actors.contains("<option value=\"Ukraine&#39;s leaders\">"), actors);
        assertTrue(!actors.contains("withdrawal"), "only actors for an actor: " + actors);
        String items = datalist(site.get("/queries/chains", "text/html").body(), "item");
        assertTrue(items.contains("id:concession/withdrawal-from-donetsk"), items);
        assertTrue(!items.contains("id:actor/washington"), "no actors for an item: " + items);

        String leverage = site.get("/queries/leverage", "text/html").body();
        assertTrue(leverage.contains("placeholder=\"id:actor/russia\""), leverage);
        NamedQueries.all()
                .forEach((name, file) -> file.parameters().forEach((param, description) -> {
                    var example = org.w3id.parley.query.ParameterOptions.example(description);
                    if (example.isEmpty()) return;
                    HttpResponse<String> response = site.get(
                            "/parley/analysis/" + name + "?" + param + "=" + Http.encode(example.get()), "text/csv");
                    assertEquals(
                            200,
                            response.statusCode(),
                            name + " " + param + "=" + example.get() + ": " + response.body());
                }));
    }

    private static String datalist(String page, String param) {
        int start = page.indexOf("<datalist id=\"options-" + param + "\">");
        assertTrue(start >= 0, "a datalist for " + param);
        return page.substring(start, page.indexOf("</datalist>", start));
    }

    /** The results table of a page, without the form around it (which shows the value as typed). */
    private static String rowsOf(String page) {
        return page.substring(page.indexOf("<table>"), page.indexOf("</table>"));
    }

    @Test
    void errorsAreClear() {
        assertEquals(404, site.get("/queries/no-such-query", "text/html").statusCode());
        HttpResponse<String> notAcceptable = site.get("/queries/deadlocks", "image/png");
        assertEquals(406, notAcceptable.statusCode());
        assertTrue(notAcceptable.body().contains("application/sparql-results+xml"));
        HttpResponse<String> unknownParameter = site.get("/queries/deadlocks?colour=red", "text/csv");
        assertEquals(400, unknownParameter.statusCode());
        assertTrue(unknownParameter.body().contains("?colour"), unknownParameter.body());
    }

    @Test
    void theAnalysisPathListsEveryNamedQueryAsJson() {
        HttpResponse<String> response = site.get("/parley/analysis/", "application/json");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JsonArray listed = JSON.parseAny(response.body()).getAsArray();
        assertEquals(
                List.copyOf(NamedQueries.all().keySet()),
                listed.stream().map(q -> q.getAsObject().getString("name")).toList());
        for (var entry : listed)
            assertEquals(
                    "/parley/analysis/" + entry.getAsObject().getString("name"),
                    entry.getAsObject().getString("url"));
        assertTrue(response.body().contains("\"name\" : \"deadlocks\""), response.body());
    }

    @Test
    void withoutAcceptProgramsGetJsonAndBrowsersAPage() {
        assertEquals("application/sparql-results+json", mediaType(noAccept("/parley/analysis/deadlocks")));
        assertEquals("text/html", mediaType(noAccept("/queries/deadlocks")));
        JsonObject parsed =
                JSON.parse(noAccept("/parley/analysis/demands-by-actor").body());
        assertEquals(
                parsed.get("results").getAsObject().get("bindings").getAsArray().size(),
                parsed.get("evidence").getAsArray().size(),
                "one evidence list per row");
    }

    @Test
    void theAnalysisPathAnswersCsvTsvAndATextTable() {
        HttpResponse<String> csv = site.get("/parley/analysis/demands-by-actor", "text/csv");
        assertEquals("text/csv", mediaType(csv));
        assertTrue(csv.body().lines().findFirst().orElseThrow().endsWith(",evidence"), csv.body());
        assertEquals(
                "text/tab-separated-values",
                mediaType(site.get("/parley/analysis/demands-by-actor", "text/tab-separated-values")));
        HttpResponse<String> table = site.get("/parley/analysis/demands-by-actor?format=table", "application/json");
        assertEquals("text/plain", mediaType(table));
        assertTrue(
                table.body().contains("Senior Russian officials have repeatedly made clear"),
                "the table carries the evidence column");
        assertEquals(
                "application/sparql-results+json",
                mediaType(site.get("/parley/analysis/demands-by-actor", "application/json")),
                "plain JSON is SPARQL JSON");
    }

    @Test
    void aBlankParameterIsNotGivenOnBothPaths() {
        for (String mount : MOUNTS) {
            String without = site.get(mount + "demands-by-actor", "text/csv").body();
            assertTrue(without.strip().lines().count() > 2, "every actor's demands: " + without);
            for (String blank : List.of("", "%20%20", "%09")) {
                HttpResponse<String> response = site.get(mount + "demands-by-actor?actor=" + blank, "text/csv");
                assertEquals(200, response.statusCode(), mount + " " + response.body());
                assertEquals(without, response.body(), mount + ": a blank actor is the same as none");
                assertEquals(
                        mount + "demands-by-actor?format=csv",
                        response.headers().firstValue("Content-Location").orElseThrow(),
                        "the representation is named without the blank parameter");
            }
        }
        String form = site.get("/queries/demands-by-actor?actor=", "text/html").body();
        assertTrue(form.contains("id=\"param-actor\""), "the form still offers the parameter");
    }

    @Test
    void errorsAreTheSameOnBothPaths() {
        for (String mount : MOUNTS) {
            HttpResponse<String> unknown = site.get(mount + "no-such-query", "text/plain");
            assertEquals(404, unknown.statusCode(), mount);
            assertTrue(
                    unknown.body().contains("No query named 'no-such-query'. The queries are listed at " + mount),
                    unknown.body());

            HttpResponse<String> notAcceptable = site.get(mount + "deadlocks", "image/png");
            assertEquals(406, notAcceptable.statusCode(), mount);
            assertTrue(notAcceptable.body().contains("text/csv (?format=csv)"), notAcceptable.body());
            assertEquals(
                    406,
                    site.get(mount + "deadlocks?format=pdf", "text/csv").statusCode(),
                    mount + ": a format not offered");

            HttpResponse<String> unknownParameter =
                    site.get(mount + "deadlocks?colour=red", "application/sparql-results+json");
            assertEquals(400, unknownParameter.statusCode(), mount);
            assertTrue(unknownParameter.body().contains("no variable ?colour"), unknownParameter.body());
        }
        assertEquals(404, site.get("/queries/no-such-query", "text/html").statusCode());
        assertTrue(
                site.get("/queries/no-such-query", "text/html").body().contains("<h1>Not found</h1>"),
                "a page for people");
        assertEquals(406, site.get("/parley/analysis/deadlocks", "text/html").statusCode(), "programs get no page");
    }

    private static HttpResponse<String> noAccept(String path) {
        return Http.send(
                HttpRequest.newBuilder(URI.create(site.url(path))).GET().build());
    }

    private static String mediaType(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        return response.headers()
                .firstValue("Content-Type")
                .orElseThrow()
                .replaceFirst(";.*", "")
                .strip();
    }
}
