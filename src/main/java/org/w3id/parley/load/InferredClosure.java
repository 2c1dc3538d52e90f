package org.w3id.parley.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.w3id.parley.store.Stores;
import org.w3id.parley.vocab.Parley;
import org.w3id.parley.vocab.ParleyId;

/**
 * The store's named graphs as a closure: the base is every triple of a data graph, the entailments are the inferred
 * graph, and each entailment's claims are its {@code owl:Axiom} annotation there ({@link InferredGraph}). Reads the
 * store as it is when asked, inside the caller's write transaction.
 */
final class InferredClosure implements EntailmentMaintenance.Closure {
    private static final Node G = ParleyId.INFERRED_GRAPH;

    private final DatasetGraph store;
    private final Graph all;
    private final Map<Node, Boolean> claimGraphs = new HashMap<>();
    private final Map<Triple, Set<Node>> restsOn = new HashMap<>();
    /** Entailments whose annotation is written again at {@link #finish}. */
    private final Set<Triple> annotate = new HashSet<>();

    InferredClosure(DatasetGraph store) {
        this.store = store;
        this.all = new SchemaCache(
                new NamedGraphsUnion(store, q -> Stores.isData(q.getGraph()) && !InferredGraph.isAnnotation(q)));
    }

    @Override
    public Graph graph() {
        return all;
    }

    /** Only the inferred graph changes while the closure is maintained, so what is base stays as it was read. */
    private final Map<Triple, Boolean> base = new HashMap<>();

    @Override
    public boolean isBase(Triple t) {
        return base.computeIfAbsent(
                t, k -> Iter.anyMatch(quadsOf(k), q -> !q.getGraph().equals(G)));
    }

    @Override
    public boolean isEntailment(Triple t) {
        return store.contains(G, t.getSubject(), t.getPredicate(), t.getObject());
    }

    @Override
    public void addEntailment(Triple t) {
        store.add(G, t.getSubject(), t.getPredicate(), t.getObject());
        restsOn.put(t, new HashSet<>());
        annotate.add(t);
    }

    @Override
    public void removeEntailment(Triple t) {
        store.delete(G, t.getSubject(), t.getPredicate(), t.getObject());
        removeAnnotation(t);
        restsOn.put(t, new HashSet<>());
        annotate.remove(t);
    }

    @Override
    public void settle(Triple t) {
        if (isEntailment(t)) removeEntailment(t);
    }

    @Override
    public Set<Node> claimsOf(Triple premise) {
        if (!isBase(premise)) return restsOn(premise);
        Set<Node> claims = new HashSet<>();
        quadsOf(premise).forEachRemaining(q -> {
            if (isClaimGraph(q.getGraph())) claims.add(q.getGraph());
        });
        return claims;
    }

    @Override
    public boolean addRestsOn(Triple t, Set<Node> claims) {
        if (!restsOn(t).addAll(claims)) return false;
        annotate.add(t);
        return true;
    }

    @Override
    public void finish() {
        for (Triple t : annotate) {
            if (!isEntailment(t)) continue;
            removeAnnotation(t);
            InferredGraph.annotate(store, t, restsOn(t));
        }
        annotate.clear();
    }

    private Set<Node> restsOn(Triple t) {
        return restsOn.computeIfAbsent(t, this::storedRestsOn);
    }

    private Set<Node> storedRestsOn(Triple t) {
        Set<Node> claims = new HashSet<>();
        for (Node axiom : axiomsOf(t))
            store.find(G, axiom, Parley.restsOn, Node.ANY).forEachRemaining(q -> claims.add(q.getObject()));
        return claims;
    }

    private void removeAnnotation(Triple t) {
        for (Node axiom : axiomsOf(t)) store.deleteAny(G, axiom, Node.ANY, Node.ANY);
    }

    private List<Node> axiomsOf(Triple t) {
        return Iter.toList(Iter.map(
                Iter.filter(
                        store.find(G, Node.ANY, OWL2.annotatedSource.asNode(), t.getSubject()),
                        q -> store.contains(G, q.getSubject(), OWL2.annotatedProperty.asNode(), t.getPredicate())
                                && store.contains(G, q.getSubject(), OWL2.annotatedTarget.asNode(), t.getObject())
                                && store.contains(G, q.getSubject(), RDF.type.asNode(), OWL2.Axiom.asNode())),
                Quad::getSubject));
    }

    private java.util.Iterator<Quad> quadsOf(Triple t) {
        return Iter.filter(
                store.findNG(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()),
                q -> Stores.isData(q.getGraph()));
    }

    /** Whether {@code graph} is a claim's graph, as the data graphs say (never the inferred graph). */
    private boolean isClaimGraph(Node graph) {
        return claimGraphs.computeIfAbsent(
                graph,
                g -> Iter.anyMatch(
                        store.findNG(Node.ANY, g, RDF.type.asNode(), Parley.Claim),
                        q -> Stores.isData(q.getGraph()) && !q.getGraph().equals(G)));
    }
}
