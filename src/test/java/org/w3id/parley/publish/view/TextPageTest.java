package org.w3id.parley.publish.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.w3id.parley.publish.Published;
import org.w3id.parley.testing.Article;

/**
 * The page of the article's text: its paragraphs as the file has them, and every claim's words highlighted in place,
 * each a link to its claim naming the speaker and modality.
 */
class TextPageTest {
    private static final Published site = Published.on(Article.server());
    private static final String TEXT = "/id/text/conceding-donetsk";

    /** Each claim quoting the text: its words, speaker and modality labels, from the store. */
    private static Map<String, List<String>> anchoredClaims() {
        String query = """
                PREFIX parley: <https://w3id.org/parley/ontology#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?claim ?exact ?speaker ?modality WHERE {
                  ?claim a parley:Claim ; parley:hasQuote ?t ;
                         parley:statedBy/rdfs:label ?speaker ; parley:modality/skos:prefLabel ?modality .
                  ?t oa:hasSource <https://w3id.org/parley/id/text/conceding-donetsk> ; oa:hasSelector ?q .
                  ?q a oa:TextQuoteSelector ; oa:exact ?exact .
                } ORDER BY ?claim""";
        Map<String, List<String>> claims = new LinkedHashMap<>();
        Txn.executeRead(Article.store(), () -> {
            try (QueryExec exec =
                    QueryExec.dataset(Article.store()).query(query).build()) {
                exec.select()
                        .forEachRemaining((Binding row) -> claims.put(
                                row.get("claim").getURI(),
                                List.of(
                                        row.get("exact").getLiteralLexicalForm(),
                                        row.get("speaker").getLiteralLexicalForm(),
                                        row.get("modality").getLiteralLexicalForm())));
            }
        });
        return claims;
    }

    private static Elements paragraphs() {
        Document page = Jsoup.parse(site.html(TEXT));
        return page.select("div.source-text > p");
    }

    @Test
    void theTextKeepsTheArticlesParagraphsAndLineBreaks() throws IOException {
        String article = Files.readString(Path.of("data/sources/article.txt"), StandardCharsets.UTF_8);
        List<String> expected = Arrays.stream(article.split("\\n[ \\t]*\\n\\s*"))
                .filter(p -> !p.isBlank())
                .toList();
        Elements paragraphs = paragraphs();
        assertEquals(expected.size(), paragraphs.size(), "one <p> per paragraph of the file");
        for (int i = 0; i < expected.size(); i++) {
            // A line break of the file is a <br>: jsoup's wholeText of a <br> is a newline again.
            String shown = paragraphs.get(i).wholeText();
            assertEquals(expected.get(i), shown, "paragraph " + (i + 1));
        }
        assertEquals(1, paragraphs.last().select("br").size(), "the bio line and the handle, on two lines");
    }

    @Test
    void everyAnchoredClaimIsHighlightedWithItsOwnWordsAndLinksToItsClaim() {
        Map<String, List<String>> claims = anchoredClaims();
        assertEquals(33, claims.size(), "the article's anchored claims");
        Elements marks = paragraphs().select("a.quote");
        for (Map.Entry<String, List<String>> claim : claims.entrySet()) {
            String iri = claim.getKey();
            List<Element> own = marks.stream()
                    .filter(a -> List.of(a.attr("data-claims").split(" ")).contains(iri))
                    .toList();
            assertFalse(own.isEmpty(), iri + " is highlighted");
            String words = own.stream().map(Element::wholeText).reduce("", String::concat);
            assertEquals(claim.getValue().get(0), words, iri + ": the highlight is its quote");
            String page = iri.replace("https://w3id.org/parley", "");
            assertTrue(own.stream().anyMatch(a -> a.attr("href").equals(page)), iri + " has a link to its page");
            for (Element a : own) {
                assertTrue(
                        a.attr("title")
                                .contains(claim.getValue().get(1) + " ("
                                        + claim.getValue().get(2) + "): "),
                        iri + ": the title names the speaker and modality: " + a.attr("title"));
                assertEquals(1, a.select("mark").size());
            }
        }
        assertEquals(
                claims.keySet(),
                new TreeSet<>(marks.stream()
                        .flatMap(a -> Arrays.stream(a.attr("data-claims").split(" ")))
                        .toList()),
                "no highlight for anything but an anchored claim");
    }

    @Test
    void wordsTwoClaimsQuoteLinkToTheInnerClaimAndNameBoth() {
        Element shared = paragraphs().select("a.quote").stream()
                .filter(a -> a.text()
                        .equals("Ukraine’s leaders can never accept a “territory for security guarantees”"
                                + " bargain"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the nested quote is a highlight of its own"));
        assertEquals("/id/claim/ukraines-leaders-cannot-accept-territory-for-guarantees", shared.attr("href"));
        assertEquals(
                "Jennifer Kavanagh (asserted): Ukraine's leaders can never accept a territory-for-security-guarantees"
                        + " bargain\nJennifer Kavanagh (asserted): Ukraine's leaders can never accept giving up the land"
                        + " first and receiving security promises later",
                shared.attr("title"));
    }

    @Test
    void theTextIsNotRepeatedAsOneLongValue() {
        String page = site.html(TEXT);
        assertFalse(page.contains("<td>January 28, 2026 - 12:10pm"), "the text is shown once, in paragraphs");
        assertTrue(page.contains("with the words of 33 claims marked"), page);
    }
}
