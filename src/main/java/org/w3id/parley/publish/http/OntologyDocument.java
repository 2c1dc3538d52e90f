package org.w3id.parley.publish.http;

import org.apache.jena.graph.Graph;
import org.w3id.parley.publish.Origin;
import org.w3id.parley.publish.describe.OntologyGraph;
import org.w3id.parley.publish.describe.PerVersion;
import org.w3id.parley.publish.negotiation.Representation;
import org.w3id.parley.publish.negotiation.Responses;
import org.w3id.parley.publish.view.OntologyPage;
import org.w3id.parley.store.StoreVersion;

/** {@code /ontology}: the ontology graph as loaded, in every RDF format and as a page, made once per version. */
final class OntologyDocument implements Document {
    private final OntologyGraph ontology;
    private final OntologyPage page;
    private final PerVersion<Representation, byte[]> representations;

    OntologyDocument(OntologyGraph ontology, OntologyPage page, StoreVersion version) {
        this.ontology = ontology;
        this.page = page;
        this.representations = new PerVersion<>(version, Representation.values().length);
    }

    /** {@code null} when no ontology is loaded. */
    @Override
    public byte[] representation(Representation format, Origin here) {
        return representations.get(format, this::build);
    }

    private byte[] build(Representation format) {
        Graph graph = ontology.copy();
        if (graph == null) return null;
        if (format == Representation.HTML) return Responses.html(page.render(graph));
        return Responses.rdf(ontology.asDataset(graph, format == Representation.TRIG), format);
    }
}
