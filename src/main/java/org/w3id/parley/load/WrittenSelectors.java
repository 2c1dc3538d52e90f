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
    static void reanchor(
            Staging staging, Map<Node, Path> fileOf, PreviousAnchors previous, Consumer<AnchorMove> report) {
        Map<Node, Node> targets = new LinkedHashMap<>();
        for (Quad quad : staging.quads())
            if (quad.getPredicate().equals(OA.hasSelector.asNode()))
                targets.putIfAbsent(quad.getSubject(), quad.getGraph());
        if (targets.isEmpty()) return;
        Graph union = staging.union();
        Map<Path, MentionLocator> locators = new HashMap<>();
        List<Correction> corrections = new ArrayList<>();
        targets.forEach((target, graph) -> {
            Optional<Selectors.Anchoring> read = Selectors.read(union, target);
            if (read.isEmpty()) return;
            Selectors.Anchoring written = read.get();
            Optional<String> text = Selectors.chars(union, written.text());
            if (text.isEmpty() || Reanchoring.agrees(text.get(), written.anchor())) return;
            // Selectors that miss a text the store's last load held just the same were written wrong, not outdated:
            // the shapes refuse them. So are selectors the store never anchored, which have nothing to go by.
            Optional<Reanchoring.Previous> before = previous.ofTarget(target, written.text());
            if (before.isEmpty() || !before.get().textChanged(text.get())) return;
            Node owner = owner(union, target);
            // a claim is found at the claim; an annotation at its target, where the selectors to update begin
            Node mention = union.contains(owner, Parley.hasQuote, target) ? owner : target;
            Path file = fileOf.get(graph);
            MentionLocator at = file == null ? null : locators.computeIfAbsent(file, MentionLocator::of);
            Reanchoring.Result found;
            try {
                found = Reanchoring.ofSelectors(text.get(), written.anchor(), before);
            } catch (IllegalArgumentException ex) {
                String detail = "<" + owner + ">: its selectors no longer agree with the text <" + written.text()
                        + ">, and " + ex.getMessage();
                if (at == null) throw new ParleyException(detail);
                throw at.failure(mention, detail);
            }
            found.change().ifPresent(kind -> {
                QuoteSearch.Anchor old = written.anchor();
                corrections.add(new Correction(
                        written,
                        found.anchor(),
                        new AnchorMove(
                                owner.isURI() ? owner.getURI() : owner.toString(),
                                at == null ? String.valueOf(graph) : at.where(mention),
                                kind,
                                old.start(),
                                old.end(),
                                found.anchor().start(),
                                found.anchor().end(),
                                old.exact(),
                                found.anchor().exact(),
                                true)));
            });
        });
        if (!corrections.isEmpty()) correct(staging, corrections, report);
    }

    /** A quote whose written selectors the store gets corrected, and the report of it. */
    private record Correction(Selectors.Anchoring written, QuoteSearch.Anchor now, AnchorMove move) {}

    /**
     * Replaces the written values of the corrected selectors with the re-anchored ones, in the graph that held them.
     * Only values this load's files wrote are corrected; one from elsewhere stays for the shapes to report.
     */
    private static void correct(Staging staging, List<Correction> corrections, Consumer<AnchorMove> report) {
        Set<Node> selectors = new HashSet<>();
        corrections.forEach(c -> {
            selectors.add(c.written().quote());
            selectors.add(c.written().position());
        });
        Map<Node, List<Quad>> values = new HashMap<>();
        for (Quad quad : staging.quads())
            if (selectors.contains(quad.getSubject()) && Selectors.isValue(quad.getPredicate()))
                values.computeIfAbsent(quad.getSubject(), s -> new ArrayList<>())
                        .add(quad);
        Set<Quad> removed = new HashSet<>();
        List<Quad> added = new ArrayList<>();
        for (Correction c : corrections) {
            List<Quad> quote = values.getOrDefault(c.written().quote(), List.of());
            List<Quad> position = values.getOrDefault(c.written().position(), List.of());
            if (quote.isEmpty() || position.isEmpty()) continue;
            removed.addAll(quote);
            removed.addAll(position);
            for (Triple t : Selectors.values(c.written().quote(), c.written().position(), c.now()))
                added.add(Quad.create(
                        (t.getSubject().equals(c.written().quote()) ? quote : position)
                                .get(0)
                                .getGraph(),
                        t));
            report.accept(c.move());
        }
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
