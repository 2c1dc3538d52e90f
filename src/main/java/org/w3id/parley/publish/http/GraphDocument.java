package org.w3id.parley.publish.http;

import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.w3id.parley.publish.Origin;
import org.w3id.parley.publish.describe.OntologyGraph;
import org.w3id.parley.publish.describe.PerVersion;
import org.w3id.parley.publish.negotiation.Representation;
import org.w3id.parley.publish.negotiation.Responses;
import org.w3id.parley.store.StoreVersion;

/**
 * A loaded graph served whole ({@code /ontology}, {@code /shapes}, {@code /align}), in every RDF format and as the page
 * {@code page} renders from it, made once per version.
 */
final class GraphDocument implements Document {
    private final OntologyGraph graph;
    private final Function<Graph, String> page;
    private final PerVersion<Representation, byte[]> representations;

    GraphDocument(OntologyGraph graph, Function<Graph, String> page, StoreVersion version) {
        this.graph = graph;
        this.page = page;
        this.representations = new PerVersion<>(version, Representation.values().length);
    }

    /** {@code null} when the graph is not loaded. */
    @Override
    public byte[] representation(Representation format, Origin here) {
        return representations.get(format, this::build);
    }

    private byte[] build(Representation format) {
        Graph copy = graph.copy();
        if (copy == null) return null;
        if (format == Representation.HTML) return Responses.html(page.apply(copy));
        return Responses.rdf(graph.asDataset(copy, format == Representation.TRIG), format);
    }
}
