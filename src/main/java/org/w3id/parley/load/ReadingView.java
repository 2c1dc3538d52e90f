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
            if (isOutOfView(g)) continue;
            if (readAsFact.computeIfAbsent(g, c -> isReadAsFact(union, c))) view.add(q.asTriple());
        }
        withoutConflicts(view, union);
        inference.materialise(view);
        return view;
    }

    /** Whether the triples of graph {@code g} are read as fact: it is no claim's graph, or an asserted claim's. */
    static boolean isReadAsFact(Graph union, Node g) {
        return !union.contains(g, RDF.type.asNode(), Parley.Claim)
                || union.contains(g, Parley.modality, Parley.asserted);
    }

    /** Whether the view leaves out every triple of graph {@code g}, asserted or not. */
    static boolean isOutOfView(Node g) {
        return g.equals(ParleyId.INFERRED_GRAPH) || g.equals(SHAPES_GRAPH);
    }

    /** Drops both triples of every {@code (s p o)}, {@code (s q o)} whose properties conflict. */
    private static void withoutConflicts(Graph view, Graph union) {
        Map<List<Node>, Set<Node>> propertiesBetween = new HashMap<>();
        view.find()
                .forEach(t -> propertiesBetween
                        .computeIfAbsent(List.of(t.getSubject(), t.getObject()), k -> new HashSet<>())
                        .add(t.getPredicate()));
        List<Triple> dropped = new ArrayList<>();
        ConflictingProperties conflicting = new ConflictingProperties(union);
        propertiesBetween.forEach((so, properties) -> {
            if (properties.size() < 2) return;
            for (Node p : properties)
                for (Node q : properties)
                    if (conflicting.conflict(p, q)) dropped.add(Triple.create(so.get(0), p, so.get(1)));
        });
        dropped.forEach(view::delete);
    }
}
