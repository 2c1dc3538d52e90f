package org.w3id.parley.load;

import java.util.function.Predicate;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.w3id.parley.store.Stores;
import org.w3id.parley.vocab.ParleyId;

/**
 * The union of some of a store's named graphs, read in place: each lookup is one lookup in the store's quad indexes,
 * so a load reads only what it asks for instead of copying the store into memory. Used inside the caller's
 * transaction; it sees the transaction's own writes.
 */
final class NamedGraphsUnion extends GraphBase {
    private final DatasetGraph store;
    private final Predicate<Quad> quads;

    /** Over the quads of {@code store}'s named graphs that {@code quads} keeps. */
    NamedGraphsUnion(DatasetGraph store, Predicate<Quad> quads) {
        this.store = store;
        this.quads = quads;
    }

    /** Over what the sources assert: every data graph but the inferred graph (so never the load manifest either). */
    static NamedGraphsUnion assertedData(DatasetGraph store) {
        return ofGraphs(store, g -> Stores.isData(g) && !g.equals(ParleyId.INFERRED_GRAPH));
    }

    /** Over every quad of the named graphs {@code graphs} keeps. */
    static NamedGraphsUnion ofGraphs(DatasetGraph store, Predicate<Node> graphs) {
        return new NamedGraphsUnion(store, q -> graphs.test(q.getGraph()));
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        var found = Iter.filter(
                store.findNG(
                        Node.ANY, pattern.getMatchSubject(), pattern.getMatchPredicate(), pattern.getMatchObject()),
                quads);
        // With the graph unbound, TDB2 reads an index that ends with the graph (SPOG, POSG or OSPG), so the copies of
        // one triple in several graphs come one after another: dropping adjacent repeats is enough, as TDB2's own
        // union graph does.
        return WrappedIterator.create(Iter.distinctAdjacent(Iter.map(found, Quad::asTriple)));
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        if (!t.isConcrete()) return super.graphBaseContains(t);
        return Iter.anyMatch(store.findNG(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()), quads);
    }
}
