package org.w3id.parley.publish.http;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.parley.publish.describe.ServiceDescription;
import org.w3id.parley.publish.negotiation.Negotiation;
import org.w3id.parley.publish.negotiation.Representation;
import org.w3id.parley.publish.negotiation.Responses;
import org.w3id.parley.publish.view.ServicePage;

/**
 * SPARQL 1.1 Service Description: a GET on the query endpoint without a {@code query} parameter answers
 * with a description of the service (languages, result formats, the union default graph and its size),
 * linked to the VoID description of the dataset; a browser gets the SPARQL editor, which may reach nothing but this
 * server. Every other request goes on to Fuseki.
 */
final class ServiceDescriptionFilter extends HttpFilter {
    private static final List<Representation> FORMATS = List.of(
            Representation.TURTLE,
            Representation.HTML,
            Representation.JSONLD,
            Representation.NTRIPLES,
            Representation.RDFXML);

    /**
     * The editor's page may load and ask nothing but this server (and the {@code blob:} URL its script makes of the
     * prefixes): should the bundle try to reach anywhere else, the browser refuses.
     */
    static final String EDITOR_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'";

    private final transient ServiceDescription description;

    ServiceDescriptionFilter(ServiceDescription description) {
        this.description = description;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // A query string with nothing but ?format= still asks for the description (its Content-Location says so).
        boolean describe = (request.getMethod().equals("GET")
                        || request.getMethod().equals("HEAD"))
                && (request.getQueryString() == null || request.getQueryString().matches("format=[A-Za-z]+"));
        if (!describe) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Representation> format = Negotiation.choose(request, FORMATS);
        if (format.isEmpty()) {
            Responses.plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, Negotiation.notAcceptable(FORMATS));
            return;
        }
        if (format.get() == Representation.HTML) response.setHeader("Content-Security-Policy", EDITOR_POLICY);
        Graph graph = description.graph(Origins.of(request));
        byte[] body = format.get() == Representation.HTML
                ? Responses.html(ServicePage.render(request.getRequestURI(), graph))
                : Responses.rdf(DatasetGraphFactory.wrap(graph), format.get());
        Responses.send(request, response, request.getRequestURI(), format.get(), FORMATS, body);
    }
}
