package org.w3id.parley.knowledge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;

class SourceTextTest {
    /** sha256 of the article as published, from ../shared/source. */
    private static final String ARTICLE_SHA256 = "bf97e03e55167e772012c4e1048100ed838dd1004092b432d16ca2d7da32d856";

    @Test
    void theProjectsCopyIsTheArticleByteForByte() throws Exception {
        byte[] copy = Files.readAllBytes(ProjectData.ARTICLE);
        assertEquals(
                ARTICLE_SHA256,
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(copy)));
        Path shared = Path.of("../shared/source/article.txt");
        if (Files.exists(shared)) assertArrayEquals(Files.readAllBytes(shared), copy);
    }

    @Test
    void theGraphCarriesTheSameTextThatQuotesPointInto() {
        List<Binding> rows = ProjectData.select("""
                SELECT ?text ?sha WHERE { ?t a cnt:ContentAsText ; cnt:chars ?text ; parley:sha256 ?sha }""");
        assertEquals(1, rows.size());
        assertEquals(ProjectData.articleText(), rows.get(0).get("text").getLiteralLexicalForm());
        assertEquals(ARTICLE_SHA256, rows.get(0).get("sha").getLiteralLexicalForm());
    }

    @Test
    void theArticleIsDescribedAsAnOpinionNewsArticle() {
        List<Binding> rows = ProjectData.select("""
                SELECT ?headline ?author ?publisher ?date ?url WHERE {
                  ?a a schema:OpinionNewsArticle ; schema:headline ?headline ; schema:datePublished ?date ; schema:url ?url ;
                     schema:author/rdfs:label ?author ; schema:publisher/rdfs:label ?publisher .
                }""");
        assertEquals(1, rows.size(), rows::toString);
        Binding row = rows.get(0);
        assertEquals(
                "Conceding Donetsk won't end the war in Ukraine",
                row.get("headline").getLiteralLexicalForm());
        assertEquals("Jennifer Kavanagh", row.get("author").getLiteralLexicalForm());
        assertEquals("UnHerd", row.get("publisher").getLiteralLexicalForm());
        assertTrue(row.get("date").getLiteralLexicalForm().startsWith("2026-01-28T12:10"), row::toString);
        assertEquals(
                "https://unherd.com/newsroom/conceding-donetsk-wont-end-the-war-in-ukraine/",
                row.get("url").getURI());
    }

    @Test
    void theAuthorsRolesAtDefensePrioritiesAreRecorded() {
        List<String> posts = ProjectData.select("""
                PREFIX org: <http://www.w3.org/ns/org#>
                SELECT ?post WHERE { ?article a schema:OpinionNewsArticle ; schema:author ?p . ?p rdfs:label "Jennifer Kavanagh"@en ; org:holds ?h .
                                     ?h a org:Post ; rdfs:label ?post ; org:postIn/rdfs:label "Defense Priorities"@en } ORDER BY ?post""").stream()
                .map(b -> b.get("post").getLiteralLexicalForm())
                .toList();
        assertEquals(
                List.of("director of military analysis, Defense Priorities", "senior fellow, Defense Priorities"),
                posts);
    }
}
