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
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.parley.store.SortedInsert;
import org.w3id.parley.store.Stores;
import org.w3id.parley.vocab.Parley;
import org.w3id.parley.vocab.ParleyId;

/**
 * A load held in memory until it is known to be good: the quads the files assert, and a graph of their triples. The
 * store's graphs that the load keeps are read in place ({@link #union()}), so a load holds only what it writes — until
 * a load that must recompute everything asks for the whole store in memory ({@link #holdWholeStore}): validation and
 * inference over all of it look things up hundreds of thousands of times, and an in-memory graph answers each far
 * faster than TDB2's indexes, which decode node ids on every call.
 */
final class Staging {
    private final List<Quad> quads = new ArrayList<>();
    private final Graph staged = GraphMemFactory.createDefaultGraph();
    /** The store's graphs the load keeps, read in place. */
    private final Graph kept;

    /** The quads of the graphs the load keeps from the store, once the whole store is held in memory. */
    private List<Quad> keptQuads;

    private Graph wholeUnion;

    /** Over the named graphs of {@code store} but the load manifest, the inferred graph and those in {@code replaced}. */
    Staging(DatasetGraph store, Set<Node> replaced) {
        this.kept = NamedGraphsUnion.ofGraphs(
                store, g -> Stores.isData(g) && !g.equals(ParleyId.INFERRED_GRAPH) && !replaced.contains(g));
    }

    /**
     * Quads a file asserts. The inferred graph is the loader's alone: what a file puts there is dropped, as the
     * loader derives that graph itself.
     */
    void add(List<Quad> asserted) {
        asserted.stream()
                .filter(q -> !q.getGraph().equals(ParleyId.INFERRED_GRAPH))
                .forEach(q -> {
                    quads.add(q);
                    staged.add(q.asTriple());
                    if (wholeUnion != null && wholeUnion != staged) wholeUnion.add(q.asTriple());
                });
    }

    /** The quads staged so far, in the order they came. */
    List<Quad> quads() {
        return Collections.unmodifiableList(quads);
    }

    /**
     * Puts {@code added} in place of {@code removed}, staged quads. A removed triple leaves the staged triples unless
     * another staged quad still holds it. Meant for triples no other graph shares, such as the values of a quote's
     * own selectors: once the whole store is held, the in-memory union cannot tell whether a kept graph holds one too.
     */
    void replace(Set<Quad> removed, List<Quad> added) {
        if (removed.isEmpty() && added.isEmpty()) return;
        quads.removeIf(removed::contains);
        Set<Triple> gone = new HashSet<>();
        removed.forEach(q -> gone.add(q.asTriple()));
        quads.forEach(q -> gone.remove(q.asTriple()));
        gone.forEach(staged::delete);
        if (wholeUnion != null && wholeUnion != staged) gone.forEach(wholeUnion::delete);
        add(added);
    }

    /**
     * Every triple of every named graph after the load (the inferred graph aside): the kept graphs read in place with
     * the staged triples, or, once {@link #holdWholeStore} ran, one in-memory graph.
     */
    Graph union() {
        return wholeUnion != null ? wholeUnion : new Union(kept, staged);
    }

    /** How many claims the staged quads type as such. */
    long claims() {
        return quads.stream()
                .filter(q -> q.getPredicate().equals(RDF.type.asNode())
                        && q.getObject().equals(Parley.Claim))
                .map(Quad::getSubject)
                .distinct()
                .count();
    }

    /**
     * Copies the graphs the load keeps from {@code store} into memory, for a load that recomputes everything:
     * afterwards {@link #union()} is one in-memory graph and {@link #allQuads()} holds every quad.
     */
    void holdWholeStore(DatasetGraph store, Set<Node> replaced) {
        keptQuads = new ArrayList<>();
        Graph whole = GraphMemFactory.createDefaultGraph();
        store.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Node g = q.getGraph();
            if (Stores.isData(g) && !g.equals(ParleyId.INFERRED_GRAPH) && !replaced.contains(g)) {
                keptQuads.add(q);
                whole.add(q.asTriple());
            }
        });
        if (keptQuads.isEmpty()) {
            // A first load: the staged triples are the whole union, and a second copy of them would be the largest
            // thing this load holds. (Inference adds its entailments to the union, so from here on the staged graph
            // holds them too; the quads to write are the list.)
            wholeUnion = staged;
            return;
        }
        quads.forEach(q -> whole.add(q.asTriple()));
        wholeUnion = whole;
    }

    /** Every quad of every named graph after the load: those kept from the store, then those staged. */
    Iterable<Quad> allQuads() {
        if (keptQuads == null) throw new IllegalStateException("the whole store is not held");
        return () -> Stream.concat(keptQuads.stream(), quads.stream()).iterator();
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
     * Writes the staged quads into {@code store} (in the caller's write transaction); stops early when
     * {@code abandon} says the load is lost anyway.
     */
    void writeTo(DatasetGraph store, BooleanSupplier abandon) {
        SortedInsert.addAll(store, quads, abandon);
    }
}
