package org.w3id.parley.serve;

import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.w3id.parley.store.Stores;

/**
 * The store as the Graph Store Protocol and SPARQL Update see it: its named graphs, and as the default graph the
 * store's own, the reading view the loader writes, which cannot be written here ({@link DefaultGraphNotWritable}):
 * it follows the named graphs at the next load. The loader's manifest graph ({@link Stores#MANIFEST_GRAPH}) is out of
 * reach under every name, {@code urn:x-arq:UnionGraph} included. Transactions are the store's own, so the view is used
 * inside them like the store. It is a {@link DatasetGraphWrapperView} because ARQ would otherwise run an update's WHERE
 * on the store underneath, where the manifest is a named graph like any other.
 */
final class GraphStoreView extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    private GraphStoreView(DatasetGraph store) {
        super(store);
    }

    /** The view for an update's WHERE, and for the Graph Store Protocol. */
    static GraphStoreView of(DatasetGraph store) {
        return new GraphStoreView(store);
    }

    static boolean namesDefaultGraph(Node graph) {
        return graph != null && (Quad.isDefaultGraph(graph) || Quad.isUnionGraph(graph));
    }

    @Override
    public Graph getDefaultGraph() {
        return new ReadOnly(get().getDefaultGraph());
    }

    @Override
    public Graph getUnionGraph() {
        return new ReadOnly(new DataUnion());
    }

    @Override
    public Graph getGraph(Node graph) {
        if (Quad.isUnionGraph(graph)) return getUnionGraph();
        if (Quad.isDefaultGraph(graph)) return getDefaultGraph();
        if (!Stores.isData(graph)) return new ReadOnly(Graph.emptyGraph);
        return super.getGraph(graph);
    }

    @Override
    public boolean containsGraph(Node graph) {
        return namesDefaultGraph(graph) || (Stores.isData(graph) && super.containsGraph(graph));
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return Iter.filter(super.listGraphNodes(), Stores::isData);
    }

    @Override
    public Iterator<Quad> find() {
        return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    /** Any graph means the default graph and every named graph of data. */
    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (namesDefaultGraph(g)) return Iter.map(getGraph(g).find(s, p, o), t -> Quad.create(g, t));
        if (g == null || Node.ANY.equals(g))
            return Iter.concat(
                    Iter.map(getDefaultGraph().find(s, p, o), t -> Quad.create(Quad.defaultGraphIRI, t)),
                    findNG(g, s, p, o));
        return findNG(g, s, p, o);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        if (namesDefaultGraph(g)) return Iter.nullIterator();
        return Iter.filter(super.findNG(g, s, p, o), q -> Stores.isData(q.getGraph()));
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
        return !findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).hasNext();
    }

    @Override
    public void add(Quad quad) {
        refuse(quad.getGraph());
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        refuse(g);
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        refuse(quad.getGraph());
        super.delete(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        refuse(g);
        super.delete(g, s, p, o);
    }

    /** Any graph means each named graph of data, never the default graph. */
    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        refuse(g);
        if (g != null && !Node.ANY.equals(g)) {
            super.deleteAny(g, s, p, o);
            return;
        }
        for (Node graph : graphNames()) super.deleteAny(graph, s, p, o);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        refuse(graphName);
        super.addGraph(graphName, graph);
    }

    @Override
    public void removeGraph(Node graphName) {
        refuse(graphName);
        super.removeGraph(graphName);
    }

    /** Empties the dataset as this view shows it: every named graph of data goes; the default graph follows at a load. */
    @Override
    public void clear() {
        graphNames().forEach(super::removeGraph);
    }

    private List<Node> graphNames() {
        return Iter.toList(listGraphNodes());
    }

    /** The default graph and the manifest are the loader's: writes there are refused. */
    private static void refuse(Node graph) {
        if (namesDefaultGraph(graph)) throw new DefaultGraphNotWritable();
        if (graph != null && !Stores.isData(graph))
            throw new DefaultGraphNotWritable("Cannot write to " + graph + ": it is the loader's bookkeeping.");
    }

    /** The union of the named graphs of data, each triple once. */
    private final class DataUnion extends GraphBase {
        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            return WrappedIterator.create(Iter.distinct(Iter.map(
                    findNG(Node.ANY, pattern.getSubject(), pattern.getPredicate(), pattern.getObject()),
                    Quad::asTriple)));
        }
    }

    /** A graph that cannot be written. */
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
