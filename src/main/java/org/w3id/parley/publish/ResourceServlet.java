package org.w3id.parley.publish;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Answers for every IRI under the base: {@code /id/...}, {@code /ontology} and the dataset. Per Cool URIs,
 * the IRI itself answers 200 with the negotiated representation and {@code Content-Location} names that
 * representation ({@code ?format=}), rather than a 303 round trip (W3C TAG, httpRange-14 resolution of 2012).
 */
final class ResourceServlet extends HttpServlet {
    static final List<RdfFormat> FORMATS = List.of(RdfFormat.TURTLE, RdfFormat.HTML, RdfFormat.JSONLD,
            RdfFormat.NTRIPLES, RdfFormat.RDFXML, RdfFormat.TRIG);

    private final transient Site site;

    ResourceServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        Optional<RdfFormat> format = Negotiation.choose(request, FORMATS);
        if (format.isEmpty()) {
            Responses.plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, Negotiation.notAcceptable(FORMATS));
            return;
        }
        Node subject = path.equals("/ontology") ? site.iris().ontology()
                : path.equals("/.well-known/void") ? site.iris().dataset()
                : site.iris().resource(path);
        byte[] body;
        if (subject.equals(site.iris().dataset()))
            body = site.datasetDescription().representation(format.get());
        else if (subject.equals(site.iris().ontology()))
            body = site.ontologyDocs().representation(format.get());
        else {
            Description description = site.describer().describe(subject, page(request));
            if (description.isEmpty()) {
                site.notFound(request, response, "Nothing is known about " + subject.getURI() + ".");
                return;
            }
            if (description.more())
                response.addHeader("Link", "<" + path + "?page=" + (description.page() + 1)
                        + (request.getParameter("format") == null ? "" : "&format=" + format.get().key()) + ">; rel=\"next\"");
            body = represent(description, format.get(), path);
            int page = description.page();
            if (page > 0) {
                Responses.send(request, response, key -> path + "?page=" + page + "&format=" + key, format.get(), FORMATS, body);
                return;
            }
        }
        if (body == null) {
            site.notFound(request, response, "Nothing is known about " + subject.getURI() + ".");
            return;
        }
        Responses.send(request, response, path, format.get(), FORMATS, body);
    }

    private byte[] represent(Description description, RdfFormat format, String path) {
        if (format == RdfFormat.HTML)
            return Responses.html(ResourcePage.render(site.html(), description, path, FORMATS));
        DatasetGraph dataset = format == RdfFormat.TRIG ? description.asDataset() : DatasetGraphFactory.wrap(description.graph());
        return Responses.rdf(dataset, format);
    }

    private static int page(HttpServletRequest request) {
        String page = request.getParameter("page");
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page));
        } catch (NumberFormatException ex) {
            return 0;
        }
    }
}
