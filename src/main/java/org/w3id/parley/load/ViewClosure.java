package org.w3id.parley.load;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.parley.store.Stores;

/**
 * The store's default graph as a closure ({@link ReadingView}): its base is what the named graphs state as fact, a
 * triple at a time — held by a graph read as fact, and not contradicted by another such triple between the same two
 * resources —, its entailments what the rules derive from that. Both live in the default graph; a triple there that
 * is not base is an entailment. Reads the store as it is when asked, inside the caller's write transaction.
 */
final class ViewClosure implements EntailmentMaintenance.Closure {
    private final DatasetGraph store;
    private final Graph view;
    private final Graph readByRules;
    /** The named graphs' triples, the inferred graph aside: what says which graph is a claim's, and asserted. */
    private final Graph asserted;

    private final ConflictingProperties conflicting;
    private final Map<Node, Boolean> readAsFact = new HashMap<>();

    ViewClosure(DatasetGraph store) {
        this.store = store;
        this.view = store.getDefaultGraph();
        this.readByRules = new SchemaCache(view);
        this.asserted = NamedGraphsUnion.assertedData(store);
        this.conflicting = new ConflictingProperties(asserted);
    }

    @Override
    public Graph graph() {
        return readByRules;
    }

    /** The named graphs do not change while the view is maintained, so neither does what is base. */
    private final Map<Triple, Boolean> base = new HashMap<>();

    @Override
    public boolean isBase(Triple t) {
        return base.computeIfAbsent(t, this::readAsBase);
    }

    private boolean readAsBase(Triple t) {
        if (!isReadAsFact(t)) return false;
        return !Iter.anyMatch(
                store.findNG(Node.ANY, t.getSubject(), Node.ANY, t.getObject()),
                q -> !q.getPredicate().equals(t.getPredicate())
                        && conflicting.conflict(t.getPredicate(), q.getPredicate())
                        && isReadAsFact(q.asTriple()));
    }

    /** Held by a graph read as fact: in the view unless a conflict takes it out. */
    private boolean isReadAsFact(Triple t) {
        return Iter.anyMatch(
                store.findNG(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()),
                q -> inView(q) && readAsFact.computeIfAbsent(q.getGraph(), g -> ReadingView.isReadAsFact(asserted, g)));
    }

    private static boolean inView(Quad q) {
        return Stores.isData(q.getGraph()) && !ReadingView.isOutOfView(q.getGraph());
    }

    @Override
    public boolean isEntailment(Triple t) {
        return view.contains(t) && !isBase(t);
    }

    @Override
    public void addEntailment(Triple t) {
        view.add(t);
    }

    @Override
    public void removeEntailment(Triple t) {
        view.delete(t);
    }

    @Override
    public void settle(Triple t) {
        if (isBase(t)) view.add(t);
        else view.delete(t);
    }
}
