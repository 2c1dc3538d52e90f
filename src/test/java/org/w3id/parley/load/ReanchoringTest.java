package org.w3id.parley.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.w3id.parley.load.AnchorMove.Kind;
import org.w3id.parley.load.QuoteSearch.Anchor;
import org.w3id.parley.load.QuoteSearch.Words;

/** The matcher behind re-anchoring, on a sentence of the article and edits of it. */
class ReanchoringTest {
    private static final String VANCE =
            "As JD Vance put it in August 2025, “the Ukrainians want security guarantees, and the Russians want… territory.”";
    private static final String VANCE_STRAIGHT =
            "As JD Vance put it in August 2025, \"the Ukrainians want security guarantees, and the Russians want… territory.\"";

    private static String article() throws IOException {
        return Files.readString(Path.of("data/sources/article.txt"));
    }

    private static Words words(String exact) {
        return new Words(exact, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Anchor anchorIn(String text, String exact) {
        return QuoteSearch.find(text, words(exact));
    }

    @Test
    void selectorsThatStillAgreeWithTheTextAreKeptAsWritten() throws IOException {
        String text = article();
        Anchor written = anchorIn(text, VANCE);
        assertEquals(200, written.start());
        Reanchoring.Result found = Reanchoring.ofSelectors(text, written, Optional.empty());
        assertEquals(Optional.empty(), found.change());
        assertEquals(written, found.anchor());
    }

    @Test
    void theSameWordsElsewhereAreFoundWhereTheyMovedTo() throws IOException {
        String text = article();
        Anchor written = anchorIn(text, VANCE);
        String inserted = "A paragraph inserted before the article.\n\n";
        Reanchoring.Result found = Reanchoring.ofSelectors(inserted + text, written, Optional.empty());
        assertEquals(Optional.of(Kind.MOVED), found.change());
        assertEquals(written.start() + inserted.length(), found.anchor().start());
        assertEquals(written.end() + inserted.length(), found.anchor().end());
        assertEquals(VANCE, found.anchor().exact());
        assertEquals(written.suffix(), found.anchor().suffix());
    }

    @Test
    void wordsWithinTheBoundAreFoundApproximatelyAndTheStoredWordsAreTheTexts() throws IOException {
        String before = article();
        String after = before.replace(VANCE, VANCE_STRAIGHT);
        Anchor old = anchorIn(before, VANCE);
        Reanchoring.Result found = Reanchoring.ofWords(
                after, words(VANCE), Optional.of(new Reanchoring.Previous(old, new TextEdit(before))));
        assertEquals(Optional.of(Kind.APPROXIMATE), found.change());
        assertEquals(VANCE_STRAIGHT, found.anchor().exact(), "the text's words, straight quotes and all");
        assertEquals(old.start(), found.anchor().start());
        assertEquals(old.end(), found.anchor().end());
    }

    @Test
    void theBoundIsTenPercentOfTheQuotesLengthAndOneEditMoreIsRefused() throws IOException {
        String text = article();
        String sentence = "This trade-off remains at the centre of US efforts to mediate a peace deal.";
        assertEquals(75, sentence.length());
        assertEquals(7, ApproximateMatch.maxEdits(sentence));
        int at = text.indexOf(sentence);
        // seven letters substituted, then eight
        String seven = "Thix trade-oxf remaixs at txe cextre of UX effortx to mediate a peace deal.";
        String eight = "Thix trade-oxf remaixs at txe cextre of UX effortx to mexiate a peace deal.";
        ApproximateMatch.Span span = ApproximateMatch.find(text.replace(sentence, seven), sentence, at, "", "")
                .orElseThrow();
        assertEquals(new ApproximateMatch.Span(at, at + sentence.length(), 7), span);
        assertEquals(Optional.empty(), ApproximateMatch.find(text.replace(sentence, eight), sentence, at, "", ""));
    }

    @Test
    void wordsBeyondTheBoundAreRefusedSayingWhereTheyWere() throws IOException {
        String before = article();
        String sentence = "This trade-off remains at the centre of US efforts to mediate a peace deal.";
        String after = before.replace(sentence, "");
        Anchor old = anchorIn(before, sentence);
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> Reanchoring.ofWords(
                        after, words(sentence), Optional.of(new Reanchoring.Previous(old, new TextEdit(before)))));
        assertTrue(refused.getMessage().contains("\"" + sentence + "\" are not in the text"), refused::getMessage);
        assertTrue(
                refused.getMessage()
                        .contains("nor anything within 7 edits of them (10% of their length) near code point 312"),
                refused::getMessage);
    }

    @Test
    void wordsThatMissATextNobodyChangedAreRefusedEvenWithinTheBound() throws IOException {
        String text = article();
        Anchor old = anchorIn(text, VANCE);
        QuoteSearch.NotInText refused = assertThrows(
                QuoteSearch.NotInText.class,
                () -> Reanchoring.ofWords(
                        text,
                        words(VANCE.replace("Vance", "Vence")),
                        Optional.of(new Reanchoring.Previous(old, new TextEdit(text)))));
        assertTrue(
                refused.getMessage()
                        .contains("the text is as the last load stored it, so the words must be as it has them"),
                refused::getMessage);
    }

    @Test
    void withoutAPreviousAnchoringTheWordsMustBeExact() throws IOException {
        String after = article().replace(VANCE, VANCE_STRAIGHT);
        assertThrows(QuoteSearch.NotInText.class, () -> Reanchoring.ofWords(after, words(VANCE), Optional.empty()));
    }
}
