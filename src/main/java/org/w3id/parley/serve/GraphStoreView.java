package org.w3id.parley.serve;

import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;

/**
 * The store as the Graph Store Protocol and SPARQL Update see it: its named graphs, and as the default graph their
 * union, as SPARQL queries see it. The store's real default graph holds the load manifest, Parley's bookkeeping, and
 * is out of reach under every name ({@code urn:x-arq:DefaultGraph}, {@code urn:x-arq:DefaultGraphNode},
 * {@code urn:x-arq:UnionGraph}): reads get the union instead, and writes throw {@link DefaultGraphNotWritable}, since
 * the union cannot be written. Transactions are the store's own, so the view is used inside them like the store.
 * It is a {@link DatasetGraphWrapperView} because ARQ would otherwise run an update's WHERE on the store underneath,
 * where {@code GRAPH <urn:x-arq:DefaultGraph>} reads the manifest.
 */
final class GraphStoreView extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    private final boolean unionDefault;

    private GraphStoreView(DatasetGraph store, boolean unionDefault) {
        super(store);
        this.unionDefault = unionDefault;
    }

    /** Default graph the union of the named graphs: what {@code ?default} and an update's WHERE read. */
    static GraphStoreView unionDefault(DatasetGraph store) {
        return new GraphStoreView(store, true);
    }

    /**
     * Default graph empty, for the whole dataset as quads: there the union would repeat every named graph's triples.
     */
    static GraphStoreView namedGraphsOnly(DatasetGraph store) {
        return new GraphStoreView(store, false);
    }

    /**
     * The view for a Graph Store request: for the whole dataset (no {@code graph} or {@code default} parameter) the
     * named graphs, otherwise the named graphs and their union as default graph.
     */
    static GraphStoreView forGraphStore(DatasetGraph store, boolean wholeDataset) {
        return wholeDataset ? namedGraphsOnly(store) : unionDefault(store);
    }

    static boolean namesDefaultGraph(Node graph) {
        return graph != null && (Quad.isDefaultGraph(graph) || Quad.isUnionGraph(graph));
    }

    @Override
    public Graph getDefaultGraph() {
        return new ReadOnly(unionDefault ? get().getUnionGraph() : Graph.emptyGraph);
    }

    @Override
    public Graph getUnionGraph() {
        return new ReadOnly(get().getUnionGraph());
    }

    @Override
    public Graph getGraph(Node graph) {
        if (Quad.isUnionGraph(graph)) return getUnionGraph();
        if (Quad.isDefaultGraph(graph)) return getDefaultGraph();
        return super.getGraph(graph);
    }

    @Override
    public boolean containsGraph(Node graph) {
        return namesDefaultGraph(graph) || super.containsGraph(graph);
    }

    @Override
    public Iterator<Quad> find() {
        return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    /** Any graph means the named graphs; the default graph's quads are those of its union. */
    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (namesDefaultGraph(g)) return Iter.map(getGraph(g).find(s, p, o), t -> Quad.create(Quad.defaultGraphIRI, t));
        return super.findNG(g, s, p, o);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return namesDefaultGraph(g) ? Iter.nullIterator() : super.findNG(g, s, p, o);
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return find(g, s, p, o).hasNext();
    }

    @Override
    public boolean isEmpty() {
        return !super.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).hasNext();
    }

    @Override
    public void add(Quad quad) {
        refuseDefault(quad.getGraph());
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        refuseDefault(g);
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        refuseDefault(quad.getGraph());
        super.delete(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        refuseDefault(g);
        super.delete(g, s, p, o);
    }

    /** Any graph means each named graph, never the store's own default graph. */
    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        refuseDefault(g);
        if (g != null && !Node.ANY.equals(g)) {
            super.deleteAny(g, s, p, o);
            return;
        }
        for (Node graph : graphNames()) super.deleteAny(graph, s, p, o);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        refuseDefault(graphName);
        super.addGraph(graphName, graph);
    }

    @Override
    public void removeGraph(Node graphName) {
        refuseDefault(graphName);
        super.removeGraph(graphName);
    }

    /** Empties the dataset as this view shows it: every named graph goes, the store's own default graph stays. */
    @Override
    public void clear() {
        graphNames().forEach(super::removeGraph);
    }

    private List<Node> graphNames() {
        return Iter.toList(listGraphNodes());
    }

    private static void refuseDefault(Node graph) {
        if (namesDefaultGraph(graph)) throw new DefaultGraphNotWritable();
    }

    /** The union (or nothing) as the default graph, which cannot be written. */
    private static final class ReadOnly extends GraphWrapper {
        ReadOnly(Graph graph) {
            super(graph);
        }

        @Override
        public void add(Triple triple) {
            throw new DefaultGraphNotWritable();
        }

        @Override
        public void delete(Triple triple) {
            throw new DefaultGraphNotWritable();
        }

        @Override
        public void remove(Node s, Node p, Node o) {
            throw new DefaultGraphNotWritable();
        }

        @Override
        public void clear() {
            throw new DefaultGraphNotWritable();
        }
    }
}
