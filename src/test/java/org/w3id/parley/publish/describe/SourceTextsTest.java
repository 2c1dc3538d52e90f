package org.w3id.parley.publish.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.parley.query.Evidence;
import org.w3id.parley.store.StoreVersion;
import org.w3id.parley.store.Stores;

/** A quote is shown inside the sentence(s) it comes from, or alone when the text does not bear it out. */
class SourceTextsTest {
    private static final String TEXT =
            "First sentence here. Senior officials said it is a precondition, they added. Last one.\n\nNew paragraph.";
    private static final String SOURCE = "http://example.org/text";

    private final DatasetGraph store = Stores.inMemory();
    private final SourceTexts texts;

    SourceTextsTest() {
        Txn.executeWrite(
                store,
                () -> store.add(
                        NodeFactory.createURI("http://example.org/graph"),
                        NodeFactory.createURI(SOURCE),
                        NodeFactory.createURI("http://www.w3.org/2011/content#chars"),
                        NodeFactory.createLiteralString(TEXT)));
        texts = new SourceTexts(store, new StoreVersion(store));
    }

    @Test
    void aQuoteInsideASentenceGetsTheRestOfItsSentence() {
        String quote = "it is a precondition";
        assertEquals(
                new SourceTexts.InContext("Senior officials said ", quote, ", they added."),
                texts.inContext(evidence(quote)));
    }

    @Test
    void aWholeSentenceStandsAlone() {
        String quote = "Last one.";
        assertEquals(new SourceTexts.InContext("", quote, ""), texts.inContext(evidence(quote)));
    }

    @Test
    void offsetsThatDoNotMatchTheTextShowJustTheQuote() {
        int start = TEXT.indexOf("Last one.");
        Evidence wrong = new Evidence("c", "", "s", "", "m", "", SOURCE, "Other words", start, start + 11, "s", "");
        assertEquals(new SourceTexts.InContext("", "Other words", ""), texts.inContext(wrong));
        Evidence outside = new Evidence("c", "", "s", "", "m", "", SOURCE, "x", 10_000, 10_001, "s", "");
        assertEquals(new SourceTexts.InContext("", "x", ""), texts.inContext(outside));
        Evidence missing = new Evidence("c", "", "s", "", "m", "", "http://example.org/none", "y", 0, 1, "s", "");
        assertEquals(new SourceTexts.InContext("", "y", ""), texts.inContext(missing));
    }

    private static Evidence evidence(String quote) {
        int start = TEXT.indexOf(quote);
        return new Evidence("c", "", "s", "", "m", "", SOURCE, quote, start, start + quote.length(), "s", "");
    }
}
