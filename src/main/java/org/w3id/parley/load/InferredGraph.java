package org.w3id.parley.load;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.w3id.parley.vocab.Parley;
import org.w3id.parley.vocab.ParleyId;

/**
 * Writes the entailments into {@code id:graph/inferred}, each one that rests on claims with an OWL axiom annotation
 * naming them, so that an inferred triple never reads as more certain than the positions it follows from:
 *
 * <pre>
 * _:a a owl:Axiom ; owl:annotatedSource s ; owl:annotatedProperty p ; owl:annotatedTarget o ;
 *     parley:restsOn &lt;claim/…&gt;, … .
 * </pre>
 * OWL 2's own reification keeps the graph OWL 2 DL, which RDF-star triple terms would not.
 */
final class InferredGraph {
    private InferredGraph() {}

    /** Adds the entailments and their annotations to the store, inside the caller's write transaction. */
    static void write(DatasetGraph store, Inference.Entailments entailments) {
        entailments.inferred().find().forEachRemaining(t -> {
            store.add(ParleyId.INFERRED_GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
            annotate(store, t, entailments.restsOn().getOrDefault(t, Set.of()));
        });
    }

    /**
     * Whether {@code quad} is part of an annotation rather than an entailment: what the rules must not read, as a
     * load that derives everything afresh never sees the annotations either.
     */
    static boolean isAnnotation(Quad quad) {
        if (!quad.getGraph().equals(ParleyId.INFERRED_GRAPH)) return false;
        Node p = quad.getPredicate();
        return ANNOTATION_PROPERTIES.contains(p)
                || (p.equals(RDF.type.asNode()) && quad.getObject().equals(OWL2.Axiom.asNode()));
    }

    private static final Set<Node> ANNOTATION_PROPERTIES = Set.of(
            OWL2.annotatedSource.asNode(),
            OWL2.annotatedProperty.asNode(),
            OWL2.annotatedTarget.asNode(),
            Parley.restsOn);

    /** Adds the annotation saying that {@code t} rests on {@code claims}; none if it rests on no claim. */
    static void annotate(DatasetGraph store, Triple t, Set<Node> claims) {
        if (claims.isEmpty()) return;
        Node g = ParleyId.INFERRED_GRAPH;
        Node axiom = NodeFactory.createBlankNode();
        store.add(g, axiom, RDF.type.asNode(), OWL2.Axiom.asNode());
        store.add(g, axiom, OWL2.annotatedSource.asNode(), t.getSubject());
        store.add(g, axiom, OWL2.annotatedProperty.asNode(), t.getPredicate());
        store.add(g, axiom, OWL2.annotatedTarget.asNode(), t.getObject());
        claims.forEach(claim -> store.add(g, axiom, Parley.restsOn, claim));
    }
}
