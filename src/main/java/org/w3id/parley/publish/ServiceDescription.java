package org.w3id.parley.publish;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * SPARQL 1.1 Service Description: a GET on the query endpoint without a {@code query} parameter answers
 * with a description of the service (languages, result formats, the union default graph and its size),
 * linked to the VoID description of the dataset; a browser gets a query form. Every other request goes on to Fuseki.
 */
final class ServiceDescription implements Filter {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final List<RdfFormat> FORMATS = List.of(RdfFormat.TURTLE, RdfFormat.HTML, RdfFormat.JSONLD,
            RdfFormat.NTRIPLES, RdfFormat.RDFXML);
    private static final String EXAMPLE = """
            PREFIX parley: <https://w3id.org/parley/ontology#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>

            SELECT ?item ?itemLabel ?stage ?stageLabel
            WHERE {
              ?item parley:isPreconditionFor ?stage .
              OPTIONAL { ?item rdfs:label ?itemLabel }
              OPTIONAL { ?stage rdfs:label ?stageLabel }
            }
            LIMIT 50""";
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML");

    private final Site site;

    ServiceDescription(Site site) {
        this.site = site;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        // A query string with nothing but ?format= still asks for the description (its Content-Location says so).
        boolean describe = (request.getMethod().equals("GET") || request.getMethod().equals("HEAD"))
                && (request.getQueryString() == null || request.getQueryString().matches("format=[A-Za-z]+"));
        if (!describe) {
            chain.doFilter(req, res);
            return;
        }
        Optional<RdfFormat> format = Negotiation.choose(request, FORMATS);
        if (format.isEmpty()) {
            Responses.plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, Negotiation.notAcceptable(FORMATS));
            return;
        }
        byte[] body = format.get() == RdfFormat.HTML
                ? Responses.html(Templates.render("sparql", java.util.Map.of("endpoint", request.getRequestURI(), "example", EXAMPLE,
                        "jsonld", Html.jsonIsland(describe()))))
                : Responses.rdf(DatasetGraphFactory.wrap(describe()), format.get());
        Responses.send(request, response, request.getRequestURI(), format.get(), FORMATS, body);
    }

    Graph describe() {
        IriSpace iris = site.iris();
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Prefixes.COMMON);
        Node service = uri(iris.base() + "parley/sparql#service");
        Node dataset = iris.dataset();
        g.add(Triple.create(service, RDF.type.asNode(), uri(SD + "Service")));
        g.add(Triple.create(service, uri(SD + "endpoint"), uri(iris.base() + "parley/sparql")));
        g.add(Triple.create(service, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Query")));
        g.add(Triple.create(service, uri(SD + "feature"), uri(SD + "UnionDefaultGraph")));
        for (String format : RESULT_FORMATS)
            g.add(Triple.create(service, uri(SD + "resultFormat"), uri("http://www.w3.org/ns/formats/" + format)));
        g.add(Triple.create(service, uri(SD + "defaultDataset"), dataset));
        g.add(Triple.create(dataset, RDF.type.asNode(), uri(SD + "Dataset")));
        Node defaultGraph = uri(dataset.getURI() + "#default-graph");   // an IRI, so the same description has the same ETag
        g.add(Triple.create(dataset, uri(SD + "defaultGraph"), defaultGraph));
        g.add(Triple.create(defaultGraph, RDF.type.asNode(), uri(SD + "Graph")));
        Graph voidGraph = site.datasetDescription().graph();
        voidGraph.find(dataset, uri(DatasetDescription.VOID + "triples"), Node.ANY)
                .forEach(t -> g.add(Triple.create(defaultGraph, t.getPredicate(), t.getObject())));
        return g;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
