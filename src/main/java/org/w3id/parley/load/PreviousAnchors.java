package org.w3id.parley.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.parley.vocab.Parley;

/**
 * Where the store's last load anchored the claims this load gives by their words, read before the load drops the
 * graphs that hold it: it is where a quote was when its text changed since, and the text as it was then.
 */
final class PreviousAnchors {
    private record Held(Node text, Reanchoring.Previous previous) {}

    private final Map<Node, Held> byClaim;

    private PreviousAnchors(Map<Node, Held> byClaim) {
        this.byClaim = byClaim;
    }

    static PreviousAnchors none() {
        return new PreviousAnchors(Map.of());
    }

    /** The anchoring {@code store} holds now for each of {@code claims} that has one, in the caller's transaction. */
    static PreviousAnchors read(DatasetGraph store, Set<Node> claims) {
        if (claims.isEmpty()) return none();
        Graph union = store.getUnionGraph();
        Map<Node, TextEdit> texts = new HashMap<>();
        Map<Node, Held> byClaim = new HashMap<>();
        for (Node claim : claims) {
            List<Node> targets = union.find(claim, Parley.hasQuote, Node.ANY)
                    .mapWith(Triple::getObject)
                    .toList();
            if (targets.size() != 1) continue;
            Selectors.read(union, targets.get(0)).ifPresent(held -> {
                Optional<TextEdit> text = Optional.ofNullable(texts.get(held.text()))
                        .or(() -> Selectors.chars(union, held.text()).map(TextEdit::new));
                text.ifPresent(t -> {
                    texts.put(held.text(), t);
                    byClaim.put(claim, new Held(held.text(), new Reanchoring.Previous(held.anchor(), t)));
                });
            });
        }
        return new PreviousAnchors(byClaim);
    }

    /** Where {@code claim} was anchored in {@code text}, if it was, in that same text. */
    Optional<Reanchoring.Previous> of(Node claim, Node text) {
        return Optional.ofNullable(byClaim.get(claim))
                .filter(h -> h.text().equals(text))
                .map(Held::previous);
    }
}
