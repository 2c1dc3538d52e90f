package org.w3id.parley.publish.describe;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.parley.publish.IriSpace;
import org.w3id.parley.publish.Paths;
import org.w3id.parley.vocab.Prefixes;
import org.w3id.parley.vocab.Sd;

/**
 * The SPARQL 1.1 Service Description of the query endpoint: languages, result formats, the union default graph
 * and its size, linked to the VoID description of the dataset.
 */
public final class ServiceDescription {
    private static final List<String> RESULT_FORMATS = List.of(
            "SPARQL_Results_JSON",
            "SPARQL_Results_XML",
            "SPARQL_Results_CSV",
            "SPARQL_Results_TSV",
            "Turtle",
            "JSON-LD",
            "N-Triples",
            "RDF_XML");

    private final IriSpace iris;
    private final DatasetDescription dataset;

    public ServiceDescription(IriSpace iris, DatasetDescription dataset) {
        this.iris = iris;
        this.dataset = dataset;
    }

    public Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Prefixes.COMMON);
        Node endpoint = iris.resource(Paths.Endpoint.SPARQL.path());
        Node service = NodeFactory.createURI(endpoint.getURI() + "#service");
        Node datasetIri = iris.dataset();
        g.add(Triple.create(service, RDF.type.asNode(), Sd.Service));
        g.add(Triple.create(service, Sd.endpoint, endpoint));
        g.add(Triple.create(service, Sd.supportedLanguage, Sd.SPARQL11Query));
        g.add(Triple.create(service, Sd.feature, Sd.UnionDefaultGraph));
        for (String format : RESULT_FORMATS) g.add(Triple.create(service, Sd.resultFormat, Sd.format(format)));
        g.add(Triple.create(service, Sd.defaultDataset, datasetIri));
        g.add(Triple.create(datasetIri, RDF.type.asNode(), Sd.Dataset));
        Node defaultGraph = NodeFactory.createURI(
                datasetIri.getURI() + "#default-graph"); // an IRI, so the same description has the same ETag
        g.add(Triple.create(datasetIri, Sd.defaultGraph, defaultGraph));
        g.add(Triple.create(defaultGraph, RDF.type.asNode(), Sd.Graph));
        dataset.graph()
                .find(datasetIri, VOID.triples.asNode(), Node.ANY)
                .forEach(t -> g.add(Triple.create(defaultGraph, t.getPredicate(), t.getObject())));
        return g;
    }
}
