package org.w3id.parley.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OA;
import org.w3id.parley.ParleyException;
import org.w3id.parley.vocab.Parley;

/**
 * Selectors written out by hand in the files of a load, checked against the text they point into as it is now. When
 * the text was edited since they were written, they are {@link Reanchoring re-anchored}: the store gets selectors that
 * agree with the stored text, the file keeps what its author wrote, and the move is reported so that they can update
 * it. Words that can no longer be found refuse the load at the quote's owner.
 */
final class WrittenSelectors {

    /**
     * Re-anchors, in {@code staging}, the selectors of every quote target the load's files give that no longer agree
     * with their text; {@code fileOf} says which file wrote each graph, for the report and for refusals.
     */
    static void reanchor(Staging staging, Map<Node, Path> fileOf, Consumer<AnchorMove> report) {
        Map<Node, Node> targets = new LinkedHashMap<>();
        Map<Node, Map<Node, Quad>> values = new HashMap<>();
        for (Quad quad : staging.quads()) {
            if (quad.getPredicate().equals(OA.hasSelector.asNode()))
                targets.putIfAbsent(quad.getSubject(), quad.getGraph());
            else if (Selectors.isValue(quad.getPredicate()))
                values.computeIfAbsent(quad.getSubject(), s -> new HashMap<>()).put(quad.getPredicate(), quad);
        }
        if (targets.isEmpty()) return;
        Graph union = staging.union();
        Map<Path, MentionLocator> locators = new HashMap<>();
        Set<Quad> removed = new HashSet<>();
        List<Quad> added = new ArrayList<>();
        targets.forEach((target, graph) -> {
            Optional<Selectors.Anchoring> read = Selectors.read(union, target);
            if (read.isEmpty()) return;
            Selectors.Anchoring written = read.get();
            Optional<String> text = Selectors.chars(union, written.text());
            if (text.isEmpty()) return;
            Node owner = owner(union, target);
            // a claim is found at the claim; an annotation at its target, where the selectors to update begin
            Node mention = union.contains(owner, Parley.hasQuote, target) ? owner : target;
            Path file = fileOf.get(graph);
            MentionLocator at = file == null ? null : locators.computeIfAbsent(file, MentionLocator::of);
            Reanchoring.Result found;
            try {
                found = Reanchoring.ofSelectors(text.get(), written.anchor());
            } catch (IllegalArgumentException ex) {
                String detail = "<" + owner + ">: its selectors no longer agree with the text <" + written.text()
                        + ">, and " + ex.getMessage();
                if (at == null) throw new ParleyException(detail);
                throw at.failure(mention, detail);
            }
            if (found.change().isEmpty()) return;
            Map<Node, Quad> held = new HashMap<>();
            held.putAll(values.getOrDefault(written.quote(), Map.of()));
            held.putAll(values.getOrDefault(written.position(), Map.of()));
            // Selectors only this load's files wrote are corrected; a value from elsewhere stays for the shapes to see.
            Quad exact = held.get(OA.exact.asNode());
            Quad start = held.get(OA.start.asNode());
            if (exact == null || start == null) return;
            removed.addAll(held.values());
            for (Triple t : Selectors.values(written.quote(), written.position(), found.anchor()))
                added.add(Quad.create(t.getSubject().equals(written.quote()) ? exact.getGraph() : start.getGraph(), t));
            QuoteSearch.Anchor old = written.anchor();
            report.accept(new AnchorMove(
                    owner.isURI() ? owner.getURI() : owner.toString(),
                    at == null ? String.valueOf(graph) : at.where(mention),
                    found.change().get(),
                    old.start(),
                    old.end(),
                    found.anchor().start(),
                    found.anchor().end(),
                    old.exact(),
                    found.anchor().exact(),
                    true));
        });
        staging.replace(removed, added);
    }

    /** What the quote is of: the claim that has it, else the annotation that targets it, else the target itself. */
    private static Node owner(Graph union, Node target) {
        List<Node> claims = union.find(Node.ANY, Parley.hasQuote, target)
                .mapWith(Triple::getSubject)
                .toList();
        if (!claims.isEmpty()) return claims.get(0);
        List<Node> annotations = union.find(Node.ANY, OA.hasTarget.asNode(), target)
                .mapWith(Triple::getSubject)
                .toList();
        return annotations.isEmpty() ? target : annotations.get(0);
    }

    private WrittenSelectors() {}
}
