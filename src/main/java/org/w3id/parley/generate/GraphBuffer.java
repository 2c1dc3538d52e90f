package org.w3id.parley.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * The quads of one article (or of the shared actors), kept in the order they were added and grouped
 * by graph. Insertion order, not a hash order, decides the output, so files are byte-identical run to
 * run; grouping by graph lets the TriG block writer emit each graph as one block. One article is a few
 * hundred quads, so memory stays bounded however many articles are generated.
 */
final class GraphBuffer {
    private final Map<Node, List<Triple>> graphs = new LinkedHashMap<>();
    private Node current;

    /** Subsequent {@link #add} calls go to this graph. */
    GraphBuffer in(Node graph) {
        current = graph;
        return this;
    }

    GraphBuffer add(Node subject, Node predicate, Node object) {
        graphs.computeIfAbsent(current, g -> new ArrayList<>()).add(Triple.create(subject, predicate, object));
        return this;
    }

    GraphBuffer add(Node subject, Property predicate, Node object) {
        return add(subject, predicate.asNode(), object);
    }

    GraphBuffer add(Node subject, Property predicate, Resource object) {
        return add(subject, predicate.asNode(), object.asNode());
    }

    /** Adds every triple to the current graph, in order. */
    GraphBuffer addAll(List<Triple> triples) {
        triples.forEach(t -> add(t.getSubject(), t.getPredicate(), t.getObject()));
        return this;
    }

    /** Writes every quad to {@code out} and empties the buffer; returns how many quads were written. */
    long drainTo(StreamRDF out) {
        long quads = 0;
        for (Map.Entry<Node, List<Triple>> graph : graphs.entrySet())
            for (Triple t : graph.getValue()) {
                out.quad(Quad.create(graph.getKey(), t));
                quads++;
            }
        graphs.clear();
        return quads;
    }
}
