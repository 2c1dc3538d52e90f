package org.w3id.parley.publish.http;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.parley.publish.Origin;
import org.w3id.parley.publish.describe.DatasetDescription;
import org.w3id.parley.publish.negotiation.Representation;
import org.w3id.parley.publish.negotiation.Responses;
import org.w3id.parley.publish.view.DatasetPage;

/**
 * The dataset IRI and {@code /.well-known/void}: the VoID description as data or as a page, naming the endpoint and
 * dumps at the server that answers.
 */
final class DatasetDocument implements Document {
    private final DatasetDescription description;
    private final DatasetPage page;

    DatasetDocument(DatasetDescription description, DatasetPage page) {
        this.description = description;
        this.page = page;
    }

    @Override
    public byte[] representation(Representation format, Origin here) {
        Graph graph = description.graph(here);
        if (format == Representation.HTML) return Responses.html(page.render(graph));
        return Responses.rdf(DatasetGraphFactory.wrap(graph), format);
    }
}
