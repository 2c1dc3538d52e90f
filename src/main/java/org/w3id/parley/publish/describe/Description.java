package org.w3id.parley.publish.describe;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * What the server says about one resource.
 *
 * @param subject  the resource
 * @param graph    everything served as triples: those of its statements, of the resources of the same document
 *                 ({@code #fragments}) and of one page of incoming links that the reading view holds as facts, and
 *                 labels of whatever they link to; positions are only in their claims' graphs ({@link #sources})
 * @param outgoing statements with the resource (or a fragment of its document) as subject
 * @param incoming this page of statements with the resource as object
 * @param sources  for each statement, the named graphs that hold it: claims, the entities graph, inferences
 * @param contents when the resource names a graph (a claim does), that graph, up to a limit; otherwise empty
 * @param page     which page of incoming links, from 0
 * @param more     whether there are more incoming links than this page shows
 * @param truncated whether statements or graph contents were left out at the size limits
 */
public record Description(
        Node subject,
        Graph graph,
        List<Triple> outgoing,
        List<Triple> incoming,
        Map<Triple, Set<Node>> sources,
        Graph contents,
        int page,
        boolean more,
        boolean truncated) {

    public boolean isEmpty() {
        return outgoing.isEmpty() && incoming.isEmpty() && contents.isEmpty();
    }

    /** The TriG view: the description as the default graph, and each statement again in the graphs that hold it. */
    public DatasetGraph asDataset() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        graph.find().forEach(dataset.getDefaultGraph()::add);
        sources.forEach((triple, graphs) ->
                graphs.forEach(g -> dataset.add(g, triple.getSubject(), triple.getPredicate(), triple.getObject())));
        contents.find().forEach(t -> dataset.add(subject, t.getSubject(), t.getPredicate(), t.getObject()));
        graph.getPrefixMapping().getNsPrefixMap().forEach(dataset.prefixes()::add);
        return dataset;
    }
}
