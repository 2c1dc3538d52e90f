package org.w3id.parley.publish.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.parley.publish.IriSpace;
import org.w3id.parley.publish.describe.Labels;
import org.w3id.parley.query.Evidence;

/** Quotes marked in a text by their code-point offsets, overlapping and nested, across paragraphs and lines. */
class AnnotatedTextTest {
    private static final String ID = "https://w3id.org/parley/id/";
    private static final Links LINKS =
            new Links(new IriSpace("https://w3id.org/parley/"), new Labels(DatasetGraphFactory.create()));

    private static Evidence quote(String slug, String words, long start, long end) {
        return new Evidence(
                ID + "claim/" + slug,
                slug,
                ID + "actor/a",
                "A",
                "https://w3id.org/parley/ontology#asserted",
                "asserted",
                ID + "text/t",
                words,
                start,
                end,
                ID + "actor/a",
                "A");
    }

    /** Each segment as [text] for marked words, with the claim it links to, else the text as it is. */
    private static List<List<String>> shown(List<AnnotatedText.Paragraph> paragraphs) {
        return paragraphs.stream()
                .map(p -> p.lines().stream()
                        .map(line -> (line.first() ? "" : "/")
                                + String.join(
                                        "",
                                        line.segments().stream()
                                                .map(s -> s.highlighted()
                                                        ? "[" + s.text() + "→" + s.href() + "]"
                                                        : s.text())
                                                .toList()))
                        .toList())
                .toList();
    }

    @Test
    void offsetsCountCodePointsAndOverlapsAreCutIntoSegments() {
        // "🕊" is one code point but two Java chars: every offset after it is one less than its char index.
        String text = "🕊 Talks <resume> today.\nThey may fail.\n\n\nA second paragraph.";
        List<Evidence> quotes = List.of(
                quote("resume", "Talks <resume> today.", 2, 23),
                quote("inner", "<resume>", 8, 16),
                quote("overlap", "today.\nThey may", 17, 32),
                quote("second", "second", 43, 49));
        assertEquals(
                List.of(
                        List.of(
                                "🕊 [Talks →/id/claim/resume][<resume>→/id/claim/inner][ →/id/claim/resume]"
                                        + "[today.→/id/claim/overlap]",
                                "/[They may→/id/claim/overlap] fail."),
                        List.of("A [second→/id/claim/second] paragraph.")),
                shown(AnnotatedText.of(text, quotes, LINKS)));
    }

    @Test
    void aSegmentSeveralClaimsQuoteNamesThemAllInnermostFirst() {
        String text = "Talks resume today.";
        AnnotatedText.Segment shared = AnnotatedText.of(
                        text,
                        List.of(quote("outer", "Talks resume today.", 0, 19), quote("inner", "resume", 6, 12)),
                        LINKS)
                .get(0)
                .lines()
                .get(0)
                .segments()
                .get(1);
        assertEquals("resume", shared.text());
        assertEquals("A (asserted): inner\nA (asserted): outer", shared.title());
        assertEquals(ID + "claim/inner " + ID + "claim/outer", shared.claims());
    }

    @Test
    void aQuoteWhoseOffsetsNoLongerHoldItsWordsIsNotMarked() {
        assertEquals(
                List.of(List.of("Talks resume today.")),
                shown(AnnotatedText.of(
                        "Talks resume today.",
                        List.of(quote("moved", "resume", 0, 6), quote("outside", "x", 40, 41)),
                        LINKS)));
    }
}
