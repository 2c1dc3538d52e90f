package org.w3id.parley.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Http;
import org.w3id.parley.publish.Published;

/** {@code /queries/NAME}: named queries and analyses as resources, with their evidence in every format. */
class NamedQueryServletTest {
    private static Published site;

    @BeforeAll
    static void start() {
        site = Published.article();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void theListLinksEveryNamedQuery() {
        String page = site.get("/queries/", "text/html").body();
        for (String name : List.of("chains", "deadlocks", "demands-by-actor", "preconditions", "red-line-conflicts", "what-if"))
            assertTrue(page.contains("href=\"/queries/" + name + "\""), name);
    }

    @Test
    void anAnalysisAsAPageLinksItsTermsAndShowsItsEvidence() {
        HttpResponse<String> response = site.get("/queries/deadlocks", "text/html");
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertTrue(page.contains("<td>refused sequence</td>"), "the article's refused sequence: land first, guarantees later");
        assertTrue(page.contains("<a href=\"/id/sequence/land-first-guarantees-later\">"), "terms link to their pages");
        assertTrue(page.contains("<mark>Understanding this, Ukraine’s leaders can never accept a “territory for security guarantees” bargain, especially one which requires them to give up the land first and receive security promises later.</mark>"),
                "the refusing claim's words");
        assertTrue(page.contains("<mark>In recent rounds of talks with the Ukrainian delegation, Washington has reportedly continued to make future US security commitments contingent on Kyiv’s withdrawal from Donetsk</mark>"),
                "the requiring claim's words");
        assertTrue(page.contains("<label for=\"param-requirer\">requirer</label>"), "a form for the declared parameters");
        assertTrue(page.contains("the actor requiring the sequence (optional; restricts &quot;refused sequence&quot; rows)"),
                "descriptions keep their own semicolons");
    }

    @Test
    void resultsNegotiateJsonCsvTsvAndXmlWithEvidence() {
        HttpResponse<String> json = site.get("/queries/demands-by-actor", "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        JsonObject parsed = JSON.parse(json.body());
        int rows = parsed.get("results").getAsObject().get("bindings").getAsArray().size();
        assertTrue(rows >= 2, "the article's two demands");
        assertEquals(rows, parsed.get("evidence").getAsArray().size(), "one evidence list per row");

        HttpResponse<String> csv = site.get("/queries/demands-by-actor", "text/csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.body().lines().findFirst().orElseThrow().endsWith(",evidence"), csv.body());

        HttpResponse<String> tsv = site.get("/queries/demands-by-actor?format=tsv", "text/html");
        assertTrue(tsv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/tab-separated-values"));

        HttpResponse<String> xml = site.get("/queries/demands-by-actor", "application/sparql-results+xml");
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_XML);
        assertEquals(rows, ResultSetFormatter.consume(results));
        assertTrue(xml.body().contains("Senior Russian officials have repeatedly made clear"), "the XML carries the evidence column");
    }

    @Test
    void parametersAreBoundAsTermsNotPastedIntoTheQuery() {
        HttpResponse<String> russia = site.get("/queries/demands-by-actor?actor=" + Http.encode("<https://w3id.org/parley/id/actor/senior-russian-officials>"),
                "text/csv");
        assertEquals(200, russia.statusCode());
        assertTrue(russia.body().contains("demand for Ukraine's withdrawal from Donetsk"));
        assertTrue(!russia.body().contains("demand that Kyiv concede territory"), "only that actor's demands");

        HttpResponse<String> hostile = site.get("/queries/demands-by-actor?actor=" + Http.encode("x> } } ; DROP ALL ; SELECT * { ?s ?p ?o"), "text/csv");
        assertEquals(200, hostile.statusCode(), hostile.body());
        assertEquals(1, hostile.body().strip().lines().count(), "a string that matches nothing: the header, no rows");
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
}
