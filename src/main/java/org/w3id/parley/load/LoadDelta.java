package org.w3id.parley.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.parley.store.Stores;
import org.w3id.parley.vocab.Parley;
import org.w3id.parley.vocab.ParleyId;

/**
 * What a load changes, as triples, read from the store before anything is written: a superset of the triples whose
 * standing changes, which is all that incremental maintenance needs.
 *
 * @param removed  the triples of the quads the load drops (of the graphs it drops or replaces, and not written again)
 * @param added    the triples of the quads the load writes that the store did not hold
 * @param asserted the triples whose presence in the named graphs, or set of claim graphs holding them, may change:
 *                 removed and added, and every triple of a graph that becomes or stops being a claim's graph
 * @param viewed   the triples whose place in the reading view may change: those, the triples of a claim graph whose
 *                 modality changes, and every triple between the same two resources as one of them (a conflict
 *                 between two properties takes both triples out of the view)
 * @param schema   whether the load changes what the rules or the view's conflicts are built on (sub-properties,
 *                 inverses, transitive properties, classes, equivalences, conflicts): then everything is recomputed
 * @param changedGraphs the graphs that lose or gain a quad
 */
record LoadDelta(
        Set<Triple> removed,
        Set<Triple> added,
        Set<Triple> asserted,
        Set<Triple> viewed,
        boolean schema,
        Set<Node> changedGraphs) {

    private static final Set<Node> SCHEMA = Set.of(
            RDFS.subPropertyOf.asNode(),
            RDFS.subClassOf.asNode(),
            OWL2.inverseOf.asNode(),
            OWL2.equivalentClass.asNode(),
            OWL2.equivalentProperty.asNode(),
            Parley.conflictsWith);

    /** In {@code store} (before the load writes), for the graphs in {@code replaced} giving way to {@code staged}. */
    static LoadDelta of(DatasetGraph store, Set<Node> replaced, List<Quad> staged) {
        Set<Quad> removedQuads = new HashSet<>();
        for (Node g : replaced)
            if (counts(g)) store.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(removedQuads::add);
        Map<Node, List<Quad>> stagedByGraph = new HashMap<>();
        staged.forEach(q -> stagedByGraph
                .computeIfAbsent(q.getGraph(), g -> new ArrayList<>())
                .add(q));
        // A file reloaded as it was, the ontology given again with the data, changes nothing: only the quads that
        // go or come count.
        Set<Quad> stagedQuads = new HashSet<>(staged);
        List<Quad> gone =
                removedQuads.stream().filter(q -> !stagedQuads.contains(q)).toList();
        List<Quad> come = staged.stream().filter(q -> !removedQuads.contains(q)).toList();

        Set<Triple> removed = triples(gone);
        Set<Triple> added = triples(come);
        Set<Triple> asserted = new LinkedHashSet<>(removed);
        asserted.addAll(added);
        Set<Triple> viewed = new LinkedHashSet<>(asserted);
        boolean schema = false;
        for (Triple t : List.copyOf(asserted)) {
            schema |= isSchema(t);
            boolean claimType =
                    t.getPredicate().equals(RDF.type.asNode()) && t.getObject().equals(Parley.Claim);
            boolean modality = t.getPredicate().equals(Parley.modality);
            if (claimType || modality) {
                Set<Triple> graph = graphTriples(store, t.getSubject(), stagedByGraph);
                if (claimType) asserted.addAll(graph);
                viewed.addAll(graph);
            }
        }
        for (Triple t : List.copyOf(asserted)) {
            viewed.add(t);
            store.findNG(Node.ANY, t.getSubject(), Node.ANY, t.getObject()).forEachRemaining(q -> {
                if (counts(q.getGraph())) viewed.add(q.asTriple());
            });
        }
        Set<Node> changedGraphs = new HashSet<>();
        gone.forEach(q -> changedGraphs.add(q.getGraph()));
        come.forEach(q -> changedGraphs.add(q.getGraph()));
        return new LoadDelta(removed, added, asserted, viewed, schema, changedGraphs);
    }

    /** Whether {@code t}, a triple or a pattern, is (or asks for) the schema that rules and conflicts are built on. */
    static boolean isSchema(Triple t) {
        return SCHEMA.contains(t.getPredicate())
                || (t.getPredicate().equals(RDF.type.asNode())
                        && t.getObject().equals(OWL2.TransitiveProperty.asNode()));
    }

    /** The triples of graph {@code g}, as the store holds it and as the load stages it. */
    private static Set<Triple> graphTriples(DatasetGraph store, Node g, Map<Node, List<Quad>> staged) {
        Set<Triple> triples = new LinkedHashSet<>();
        store.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
        staged.getOrDefault(g, List.of()).forEach(q -> triples.add(q.asTriple()));
        return triples;
    }

    /** A graph whose triples are asserted data: not the manifest, not the inferred graph. */
    private static boolean counts(Node g) {
        return Stores.isData(g) && !g.equals(ParleyId.INFERRED_GRAPH);
    }

    private static Set<Triple> triples(List<Quad> quads) {
        Set<Triple> triples = new LinkedHashSet<>();
        quads.forEach(q -> triples.add(q.asTriple()));
        return triples;
    }
}
