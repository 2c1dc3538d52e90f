package org.w3id.parley.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.parley.store.SortedInsert;
import org.w3id.parley.vocab.ParleyId;

/**
 * A load held in memory until it is known to be good: the quads the files assert, and one
 * in-memory graph with every triple the store's named graphs will hold once they are written, the graphs the load
 * keeps included. Validation and inference read that graph: the shapes and the rules look things up hundreds of
 * thousands of times, and an in-memory graph answers each lookup far faster than the union view of a TDB2
 * transaction, which decodes node ids and removes duplicates across graphs on every call.
 */
final class Staging implements Consumer<Quad> {
    private final List<Quad> quads = new ArrayList<>();
    private final Graph union = GraphMemFactory.createDefaultGraph();

    /** Starts from the named graphs {@code store} holds now (the caller has already dropped what the load replaces). */
    static Staging startingFrom(DatasetGraph store) {
        Staging staging = new Staging();
        store.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> staging.union.add(q.asTriple()));
        return staging;
    }

    /**
     * A quad a file asserts. The inferred graph is the loader's alone: what a file puts there is dropped, as the
     * graph is recomputed from the sources on every load.
     */
    @Override
    public void accept(Quad quad) {
        if (quad.getGraph().equals(ParleyId.INFERRED_GRAPH))
            return;
        quads.add(quad);
        union.add(quad.asTriple());
    }

    /** Every triple of every named graph after the load: what validation and inference see. */
    Graph union() {
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
