package org.w3id.parley.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.parley.vocab.Parley;
import org.w3id.parley.vocab.ParleyId;

/**
 * The default graph a consumer reads without {@code GRAPH}: what the sources state as fact, never a position. It holds
 * every triple of the graphs that are not claim graphs (the ontology, entities, claim metadata, sources), the shapes
 * and the inferred graph aside; of a claim graph only what an {@code parley:asserted} claim supports (the article's own
 * voice); minus both triples of any pair whose properties {@code parley:conflictsWith} each other, so it never
 * contradicts itself; plus what the rules entail from that. Reported, quoted, predicted, hedged and recommended claims
 * stay positions, reachable with {@code GRAPH ?claim} — as Wikidata's truthy statements sit beside its full ones.
 */
final class ReadingView {
    /** The SHACL shapes' graph: constraints on the data, not data. */
    static final Node SHAPES_GRAPH = NodeFactory.createURI("https://w3id.org/parley/shapes");

    private ReadingView() {}

    /** The view of what {@code staging} holds; {@code union} is every named graph's triples after the load. */
    static Graph of(Iterable<Quad> quads, Graph union, Inference inference) {
        Graph view = GraphMemFactory.createDefaultGraph();
        Map<Node, Boolean> readAsFact = new HashMap<>();
        for (Quad q : quads) {
            Node g = q.getGraph();
            if (g.equals(ParleyId.INFERRED_GRAPH) || g.equals(SHAPES_GRAPH)) continue;
            if (readAsFact.computeIfAbsent(g, c -> !isClaim(union, c) || isAsserted(union, c))) view.add(q.asTriple());
        }
        withoutConflicts(view, union);
        inference.materialise(view);
        return view;
    }

    private static boolean isClaim(Graph union, Node graph) {
        return union.contains(graph, RDF.type.asNode(), Parley.Claim);
    }

    private static boolean isAsserted(Graph union, Node claim) {
        return union.contains(claim, Parley.modality, Parley.asserted);
    }

    /** Drops both triples of every {@code (s p o)}, {@code (s q o)} whose properties conflict. */
    private static void withoutConflicts(Graph view, Graph union) {
        Map<List<Node>, Set<Node>> propertiesBetween = new HashMap<>();
        view.find()
                .forEach(t -> propertiesBetween
                        .computeIfAbsent(List.of(t.getSubject(), t.getObject()), k -> new HashSet<>())
                        .add(t.getPredicate()));
        List<Triple> dropped = new ArrayList<>();
        Map<Node, Set<Node>> supers = new HashMap<>();
        propertiesBetween.forEach((so, properties) -> {
            if (properties.size() < 2) return;
            for (Node p : properties)
                for (Node q : properties)
                    if (!p.equals(q) && conflict(union, supers, p, q))
                        dropped.add(Triple.create(so.get(0), p, so.get(1)));
        });
        dropped.forEach(view::delete);
    }

    private static boolean conflict(Graph union, Map<Node, Set<Node>> supers, Node p, Node q) {
        Set<Node> ps = supers.computeIfAbsent(p, n -> superProperties(union, n));
        Set<Node> qs = supers.computeIfAbsent(q, n -> superProperties(union, n));
        for (Node a : ps)
            for (Node b : qs)
                if (union.contains(a, Parley.conflictsWith, b) || union.contains(b, Parley.conflictsWith, a))
                    return true;
        return false;
    }

    /** The property and every property it is a sub-property of, directly or not. */
    private static Set<Node> superProperties(Graph union, Node property) {
        Set<Node> found = new HashSet<>(List.of(property));
        List<Node> todo = new ArrayList<>(found);
        while (!todo.isEmpty())
            union.find(todo.remove(todo.size() - 1), RDFS.subPropertyOf.asNode(), Node.ANY)
                    .forEach(t -> {
                        if (found.add(t.getObject())) todo.add(t.getObject());
                    });
        return found;
    }
}
