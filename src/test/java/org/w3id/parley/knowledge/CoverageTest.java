package org.w3id.parley.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every sentence of the article that asserts something is represented by at least one claim. */
class CoverageTest {
    /** A sentence ends at . ? ! (or a closing quote after one) followed by space or the end of its paragraph. */
    private static final Pattern SENTENCE =
            Pattern.compile("[^\\s][^\\n]*?(?:[.?!][”’]?(?=\\s|$)|$)", Pattern.MULTILINE);

    record Span(int start, int end, String text) {}

    static List<Span> sentences(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) spans.add(new Span(m.start(), m.end(), m.group()));
        return spans;
    }

    @Test
    void theSentenceSplitterSeesTheWholeArticle() {
        List<Span> all = sentences(ProjectData.articleText());
        assertEquals("January 28, 2026 - 12:10pm", all.get(0).text());
        assertTrue(all.get(1).text().startsWith("For months, the Trump administration"));
        assertEquals("jekavanagh", all.get(all.size() - 1).text());
        assertEquals(
                30,
                all.size(),
                () -> String.join("\n", all.stream().map(Span::text).toList()));
    }

    @Test
    void everyAssertingSentenceIsCoveredByAClaim() {
        List<int[]> quotes = ProjectData.select("""
                SELECT ?start ?end WHERE { ?c a parley:Claim ; parley:hasQuote/oa:hasSelector [ oa:start ?start ; oa:end ?end ] }""").stream()
                .map(b -> new int[] {
                    Integer.parseInt(b.get("start").getLiteralLexicalForm()),
                    Integer.parseInt(b.get("end").getLiteralLexicalForm())
                })
                .toList();
        List<Span> sentences = sentences(ProjectData.articleText());
        // The body lies between the dateline and the author's bio line (both anchored with the article's description,
        // below).
        List<String> uncovered = sentences.subList(1, sentences.size() - 2).stream()
                .filter(s -> quotes.stream().noneMatch(q -> q[0] < s.end() && q[1] > s.start()))
                .map(Span::text)
                .toList();
        assertEquals(List.of(), uncovered);
    }

    @Test
    void theDatelineAndTheBioLineAnchorTheArticleAndItsAuthor() {
        List<String> anchored = ProjectData.select("""
                SELECT ?exact WHERE { ?annotation a oa:Annotation ; oa:hasBody ?body ; oa:hasTarget/oa:hasSelector/oa:exact ?exact .
                  { ?body a schema:OpinionNewsArticle } UNION { ?article a schema:OpinionNewsArticle ; schema:author ?body } }""").stream()
                .map(b -> b.get("exact").getLiteralLexicalForm())
                .sorted()
                .toList();
        List<Span> sentences = sentences(ProjectData.articleText());
        assertEquals(
                List.of(
                        sentences.get(0).text(),
                        sentences.get(sentences.size() - 2).text()),
                anchored);
    }
}
