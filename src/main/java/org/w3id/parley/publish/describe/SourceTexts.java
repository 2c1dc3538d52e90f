package org.w3id.parley.publish.describe;

import java.text.BreakIterator;
import java.util.Iterator;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.parley.query.Evidence;
import org.w3id.parley.store.StoreVersion;
import org.w3id.parley.vocab.Cnt;

/**
 * The texts that quotes point into ({@code cnt:chars} of the selector's source), and the sentence around a
 * quote, so a page can show the quoted words highlighted where they stand in the article.
 */
public final class SourceTexts {
    private static final int CACHED_TEXTS = 256;

    /** A quote in its sentence: {@code before + quote + after} is the text of the sentence(s) it spans. */
    public record InContext(String before, String quote, String after) {}

    private final DatasetGraph store;
    private final PerVersion<String, String> texts;

    public SourceTexts(DatasetGraph store, StoreVersion version) {
        this.store = store;
        this.texts = new PerVersion<>(version, CACHED_TEXTS);
    }

    /** The quote inside its sentence; just the quote when the text is missing or does not match the offsets. */
    public InContext inContext(Evidence evidence) {
        String text = text(evidence.source());
        if (text == null) return new InContext("", evidence.quote(), "");
        try {
            int start = text.offsetByCodePoints(0, Math.toIntExact(evidence.start()));
            int end = text.offsetByCodePoints(start, Math.toIntExact(evidence.end() - evidence.start()));
            if (!text.substring(start, end).equals(evidence.quote())) return new InContext("", evidence.quote(), "");
            BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            sentences.setText(text);
            int from = sentences.isBoundary(start) ? start : sentences.preceding(start);
            int to = sentences.isBoundary(end) ? end : sentences.following(end);
            return new InContext(
                    text.substring(from, start).stripLeading(),
                    evidence.quote(),
                    text.substring(end, to).stripTrailing());
        } catch (IndexOutOfBoundsException | ArithmeticException ex) {
            return new InContext("", evidence.quote(), "");
        }
    }

    private String text(String source) {
        return texts.get(
                source,
                iri -> Txn.calculateRead(store, () -> {
                    Iterator<Quad> quads = store.find(Node.ANY, NodeFactory.createURI(iri), Cnt.chars, Node.ANY);
                    while (quads.hasNext()) {
                        Node value = quads.next().getObject();
                        if (value.isLiteral()) return value.getLiteralLexicalForm();
                    }
                    return null;
                }));
    }
}
