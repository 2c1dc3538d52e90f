package org.w3id.parley.publish.describe;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.w3id.parley.publish.IriSpace;
import org.w3id.parley.publish.Origin;
import org.w3id.parley.publish.Paths;
import org.w3id.parley.vocab.Prefixes;
import org.w3id.parley.vocab.Sd;

/**
 * The SPARQL 1.1 Service Description of the query endpoint: languages, result formats, the union default graph
 * and its size, linked to the VoID description of the dataset; and of the update endpoint when there is one. Both
 * are named at the server that answers the request.
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
    private final boolean writable;

    /** @param writable whether the server has an update endpoint (it was started with a password file) */
    public ServiceDescription(IriSpace iris, DatasetDescription dataset, boolean writable) {
        this.iris = iris;
        this.dataset = dataset;
        this.writable = writable;
    }

    /** The service behind {@code endpoint}: {@code endpoint#service}, the same node in the VoID/DCAT description. */
    public static Node service(Node endpoint) {
        return NodeFactory.createURI(endpoint.getURI() + "#service");
    }

    /**
     * The description of the endpoints at {@code here}: the query endpoint, and the update endpoint when the server
     * has one (SPARQL 1.1 Update, for the users of the password file).
     */
    public Graph graph(Origin here) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Prefixes.COMMON);
        Node endpoint = here.at(Paths.Endpoint.SPARQL.path());
        Node service = service(endpoint);
        Node datasetIri = iris.dataset();
        g.add(Triple.create(service, RDF.type.asNode(), Sd.Service));
        g.add(Triple.create(service, Sd.endpoint, endpoint));
        g.add(Triple.create(service, Sd.supportedLanguage, Sd.SPARQL11Query));
        // no sd:UnionDefaultGraph: the default graph is the loader's reading view, not the union of the named graphs
        for (String format : RESULT_FORMATS) g.add(Triple.create(service, Sd.resultFormat, Sd.format(format)));
        g.add(Triple.create(service, Sd.defaultDataset, datasetIri));
        g.add(Triple.create(datasetIri, RDF.type.asNode(), Sd.Dataset));
        Node defaultGraph = NodeFactory.createURI(
                datasetIri.getURI() + "#default-graph"); // an IRI, so the same description has the same ETag
        g.add(Triple.create(datasetIri, Sd.defaultGraph, defaultGraph));
        g.add(Triple.create(defaultGraph, RDF.type.asNode(), Sd.Graph));
        dataset.counted()
                .find(datasetIri, VOID.triples.asNode(), Node.ANY)
                .forEach(t -> g.add(Triple.create(defaultGraph, t.getPredicate(), t.getObject())));
        if (writable) {
            Node update = here.at(Paths.Endpoint.UPDATE.path());
            Node updateService = service(update);
            g.add(Triple.create(updateService, RDF.type.asNode(), Sd.Service));
            g.add(Triple.create(updateService, Sd.endpoint, update));
            g.add(Triple.create(updateService, Sd.supportedLanguage, Sd.SPARQL11Update));
            g.add(Triple.create(
                    updateService,
                    RDFS.comment.asNode(),
                    NodeFactory.createLiteralLang(
                            "SPARQL 1.1 Update, for the users of the server's password file.", "en")));
        }
        return g;
    }
}
