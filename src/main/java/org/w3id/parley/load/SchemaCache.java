package org.w3id.parley.load;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A graph whose schema lookups (the ontology triples the rules join on, {@link LoadDelta#isSchema}) are answered from
 * memory after the first time. A load that maintains the entailments never changes the schema — one that does
 * recomputes everything —, and every rule asks the schema about each triple it is given, so most lookups repeat.
 */
final class SchemaCache extends GraphBase {
    private final Graph graph;
    private final Map<Triple, List<Triple>> cached = new ConcurrentHashMap<>();

    SchemaCache(Graph graph) {
        this.graph = graph;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        if (!LoadDelta.isSchema(pattern)) return graph.find(pattern);
        return WrappedIterator.create(
                cached.computeIfAbsent(pattern, p -> graph.find(p).toList()).iterator());
    }
}
