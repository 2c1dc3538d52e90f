package org.w3id.parley.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.parley.vocab.Parley;

/**
 * Where the store's last load anchored a quote, and the text as that load stored it: read, when a quote needs it,
 * from the store as it was before this load, whose graphs the loader drops only once every quote is anchored.
 */
final class PreviousAnchors {
    private final Graph before;
    private final Map<Node, Optional<TextEdit>> texts = new HashMap<>();

    /** Over {@code store} before the load replaces anything in it (in the caller's write transaction). */
    PreviousAnchors(DatasetGraph store) {
        this.before = store.getUnionGraph();
    }

    /** Where {@code claim}'s quote was in {@code text}, if the store anchored it there. */
    Optional<Reanchoring.Previous> ofClaim(Node claim, Node text) {
        List<Node> targets = before.find(claim, Parley.hasQuote, Node.ANY)
                .mapWith(Triple::getObject)
                .toList();
        return targets.size() == 1 ? ofTarget(targets.get(0), text) : Optional.empty();
    }

    /** Where the quote target {@code target} was in {@code text}, if the store anchored it there. */
    Optional<Reanchoring.Previous> ofTarget(Node target, Node text) {
        return Selectors.read(before, target)
                .filter(held -> held.text().equals(text))
                .flatMap(held -> textOf(text).map(t -> new Reanchoring.Previous(held.anchor(), t)));
    }

    private Optional<TextEdit> textOf(Node text) {
        return texts.computeIfAbsent(text, t -> Selectors.chars(before, t).map(TextEdit::new));
    }
}
