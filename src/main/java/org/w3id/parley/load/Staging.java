package org.w3id.parley.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.parley.store.SortedInsert;
import org.w3id.parley.store.Stores;
import org.w3id.parley.vocab.Parley;
import org.w3id.parley.vocab.ParleyId;

/**
 * A load held in memory until it is known to be good: the quads the files assert, and one
 * in-memory graph with every triple the store's named graphs will hold once they are written, the graphs the load
 * keeps included. Validation and inference read that graph: the shapes and the rules look things up hundreds of
 * thousands of times, and an in-memory graph answers each lookup far faster than the union view of a TDB2
 * transaction, which decodes node ids and removes duplicates across graphs on every call.
 */
final class Staging {
    private final List<Quad> quads = new ArrayList<>();
    /** The quads of the graphs the load keeps from the store: with {@link #quads}, every named graph after the load. */
    private final List<Quad> kept = new ArrayList<>();

    private final Graph union = GraphMemFactory.createDefaultGraph();
    private boolean unionComplete;

    /** Starts from the named graphs {@code store} holds now but those in {@code replaced}, which the load replaces. */
    static Staging startingFrom(DatasetGraph store, Set<Node> replaced) {
        Staging staging = new Staging();
        store.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!replaced.contains(q.getGraph()) && Stores.isData(q.getGraph())) {
                staging.kept.add(q);
                staging.union.add(q.asTriple());
            }
        });
        return staging;
    }

    /**
     * Quads a file asserts. The inferred graph is the loader's alone: what a file puts there is dropped, as the
     * graph is recomputed from the sources on every load.
     */
    void add(List<Quad> asserted) {
        asserted.stream()
                .filter(q -> !q.getGraph().equals(ParleyId.INFERRED_GRAPH))
                .forEach(q -> {
                    quads.add(q);
                    if (unionComplete) union.add(q.asTriple());
                });
    }

    /** The quads staged so far, in the order they came. */
    List<Quad> quads() {
        return Collections.unmodifiableList(quads);
    }

    /**
     * Puts {@code added} in place of {@code removed}, staged quads. A removed triple leaves the union unless another
     * staged quad still holds it; the union cannot tell whether a graph kept from the store holds it too, so this is
     * for triples that no graph shares, such as the values of a quote's own selectors.
     */
    void replace(Set<Quad> removed, List<Quad> added) {
        if (removed.isEmpty() && added.isEmpty()) return;
        quads.removeIf(removed::contains);
        if (unionComplete) {
            Set<Triple> gone = new HashSet<>();
            removed.forEach(q -> gone.add(q.asTriple()));
            quads.forEach(q -> gone.remove(q.asTriple()));
            gone.forEach(union::delete);
        }
        add(added);
    }

    /** Every quad of every named graph after the load: those kept from the store, then those staged. */
    Iterable<Quad> allQuads() {
        return () -> Stream.concat(kept.stream(), quads.stream()).iterator();
    }

    /**
     * For each triple of a claim graph (a graph whose name is a {@code parley:Claim}), the claims whose graphs hold
     * it: what {@link Inference} traces entailments back to.
     */
    Map<Triple, Set<Node>> claimsHolding() {
        Graph all = union();
        Map<Triple, Set<Node>> holding = new HashMap<>();
        for (Quad q : allQuads())
            if (all.contains(q.getGraph(), RDF.type.asNode(), Parley.Claim))
                holding.computeIfAbsent(q.asTriple(), t -> new HashSet<>()).add(q.getGraph());
        return holding;
    }

    /**
     * Every triple of every named graph after the load: what validation and inference see. Built on first use, so
     * that the thread which checks the load builds it, not the one which writes it.
     */
    Graph union() {
        if (!unionComplete) {
            quads.forEach(q -> union.add(q.asTriple()));
            unionComplete = true;
        }
        return union;
    }

    /**
     * Writes the staged quads into {@code store} (in the caller's write transaction); stops early when
     * {@code abandon} says the load is lost anyway.
     */
    void writeTo(DatasetGraph store, BooleanSupplier abandon) {
        SortedInsert.addAll(store, quads, abandon);
    }
}
