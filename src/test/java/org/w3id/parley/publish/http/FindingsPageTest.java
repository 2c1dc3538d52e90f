package org.w3id.parley.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.w3id.parley.publish.Published;
import org.w3id.parley.query.NamedQueries;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.testing.Article;

/**
 * An analysis's page is for people: each row a finding sentence with its terms linked and the article's words beside
 * it; the table of every column only on request; the machine formats of the same URL as they were.
 */
class FindingsPageTest {
    private static final Published site = Published.on(Article.server());

    private static Document page(String path) {
        return Jsoup.parse(site.html(path));
    }

    private static List<String> sentences(Document page) {
        return page.select("li.finding p.finding-text").eachText();
    }

    @Test
    void theDeadlockIsASentenceBesideTheTwoClaimsItRestsOn() {
        Document page = page("/queries/deadlocks");
        assertEquals("1 finding", page.selectFirst("#findings-heading").text());
        Element finding = page.selectFirst("li.finding");
        assertEquals(
                "Washington requires Ukrainian withdrawal from Donetsk before security guarantees for Ukraine; Ukraine's"
                        + " leaders cannot accept that order, “give up the land first, receive security promises later”",
                finding.selectFirst("p.finding-text").text());
        Elements terms = finding.select("p.finding-text a");
        assertEquals(
                List.of(
                        "/id/actor/washington",
                        "/id/actor/ukraines-leaders",
                        "/ontology#cannotAccept",
                        "/id/sequence/land-first-guarantees-later"),
                terms.eachAttr("href"),
                "each resource the sentence names links to its page");
        Elements evidence = finding.select("div.evidence div.source");
        assertEquals(
                List.of(
                        "In recent rounds of talks with the Ukrainian delegation, Washington has reportedly continued to"
                                + " make future US security commitments contingent on Kyiv’s withdrawal from Donetsk",
                        "Understanding this, Ukraine’s leaders can never accept a “territory for security guarantees”"
                                + " bargain, especially one which requires them to give up the land first and receive"
                                + " security promises later."),
                evidence.select("mark").eachText(),
                "the article's words for each side");
        assertEquals(
                List.of("Washington", "Jennifer Kavanagh"),
                evidence.stream().map(e -> e.selectFirst("div.who a").text()).toList(),
                "with who says them");
        assertTrue(evidence.get(0).selectFirst("div.who").text().contains("reported"), "and how");
        assertTrue(
                evidence.get(0).selectFirst("div.who").text().startsWith("Washington, stated by Jennifer Kavanagh"),
                "whose position it is, and who reports it");
        assertTrue(page.select("table").isEmpty(), "no table of columns by default");
        assertEquals("/queries/deadlocks?view=table", page.selectFirst("a.view").attr("href"), "the table, on request");
    }

    @Test
    void otherAnalysesReadAsTheArticleSaysThem() {
        assertEquals(
                List.of(
                        "A demand by Trump administration (for United States) on Kyiv: concession of territory",
                        "A demand by senior Russian officials (for Russia) on Ukraine: Ukrainian withdrawal from Donetsk"),
                sentences(page("/queries/demands-by-actor")));
        assertEquals(
                List.of("Washington (for United States) offers future US security commitments to Kyiv (for Ukraine),"
                        + " contingent on Ukrainian withdrawal from Donetsk"),
                sentences(page("/queries/contingent-guarantees")));
        assertEquals(
                List.of(
                        "territory for security guarantees does not lead to peace deal, in the view of Jennifer Kavanagh"
                                + " (predicted); it could lead to peace deal, in the view of Washington (reported)"),
                sentences(page("/queries/disagreements")));
        Document leverage = page("/queries/leverage?wanter=Russia");
        assertEquals(
                List.of(
                        "Russia wants normalised ties: United States can provide it, Ukraine cannot",
                        "Russia wants sanctions relief: United States can provide it, Ukraine cannot"),
                sentences(leverage));
        assertEquals(
                "/queries/leverage?wanter=Russia&view=table",
                leverage.selectFirst("a.view").attr("href"),
                "the table keeps the parameters");
    }

    @Test
    void countsArePluralised() {
        assertEquals(
                "1 finding",
                page("/queries/deadlocks").selectFirst("#findings-heading").text());
        assertEquals(
                "2 findings",
                page("/queries/leverage").selectFirst("#findings-heading").text());
        assertEquals(
                "0 findings",
                page("/queries/shifts").selectFirst("#findings-heading").text());
        assertEquals(
                "1 result",
                page("/queries/deadlocks?view=table").selectFirst("caption").text());
        assertEquals(
                "2 results",
                page("/queries/leverage?view=table").selectFirst("caption").text());
    }

    @Test
    void theTableOfEveryColumnIsThereOnRequest() {
        Document table = page("/queries/deadlocks?view=table");
        Query query = QueryRunner.parse(NamedQueries.all().get("deadlocks"));
        List<String> columns = table.select("thead th").eachText();
        assertEquals(
                query.getProjectVars().stream().map(Var::getVarName).toList(),
                columns.subList(0, columns.size() - 1),
                "every variable, by its own name");
        assertEquals("Evidence", columns.get(columns.size() - 1));
        assertTrue(table.select("li.finding").isEmpty(), "the table instead of the findings");
        assertEquals("/queries/deadlocks", table.selectFirst("a.view").attr("href"), "and back to the findings");
        assertEquals(400, site.get("/queries/deadlocks?view=chart", "text/html").statusCode(), "an unknown view");
    }

    @Test
    void theMachineFormatsOfTheSameUrlsAreTheQueryResultsAsBefore() {
        for (String name : NamedQueries.all().keySet()) {
            Query query = QueryRunner.parse(NamedQueries.all().get(name));
            if (!query.isSelectType()) continue;
            for (String path : List.of("/queries/" + name, "/parley/analysis/" + name)) {
                HttpResponse<String> json = site.get(path, "application/sparql-results+json");
                assertEquals(200, json.statusCode(), path);
                JsonObject results = JSON.parse(json.body());
                assertEquals(
                        query.getProjectVars().stream().map(Var::getVarName).toList(),
                        results.get("head").getAsObject().get("vars").getAsArray().stream()
                                .map(v -> v.getAsString().value())
                                .toList(),
                        path + ": the query's own columns, no sentence added");
                assertEquals(
                        List.of("evidence", "head", "results"),
                        results.keys().stream().sorted().toList(),
                        path);
                assertEquals(
                        site.get(path + "?format=csv", "text/csv").body(),
                        site.get(path + "?format=csv&view=table", "text/csv").body(),
                        path + ": the view is the page's, not the data's");
            }
        }
    }
}
