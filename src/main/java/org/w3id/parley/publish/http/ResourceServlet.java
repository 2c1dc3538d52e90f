package org.w3id.parley.publish.http;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.parley.publish.IriSpace;
import org.w3id.parley.publish.Paths;
import org.w3id.parley.publish.describe.Describer;
import org.w3id.parley.publish.describe.Description;
import org.w3id.parley.publish.negotiation.Negotiation;
import org.w3id.parley.publish.negotiation.Representation;
import org.w3id.parley.publish.negotiation.Responses;
import org.w3id.parley.publish.view.ResourcePage;

/**
 * Answers for every IRI under the base: {@code /id/...}, {@code /ontology} and the dataset. Per Cool URIs,
 * the IRI itself answers 200 with the negotiated representation and {@code Content-Location} names that
 * representation ({@code ?format=}), rather than a 303 round trip (W3C TAG, httpRange-14 resolution of 2012).
 */
final class ResourceServlet extends HttpServlet {
    static final List<Representation> FORMATS = List.of(
            Representation.TURTLE,
            Representation.HTML,
            Representation.JSONLD,
            Representation.NTRIPLES,
            Representation.RDFXML,
            Representation.TRIG);

    private final transient IriSpace iris;
    private final transient Describer describer;
    private final transient ResourcePage page;
    private final transient Document dataset;
    private final transient Document ontology;

    ResourceServlet(IriSpace iris, Describer describer, ResourcePage page, Document dataset, Document ontology) {
        this.iris = iris;
        this.describer = describer;
        this.page = page;
        this.dataset = dataset;
        this.ontology = ontology;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            answer(request, response);
        } catch (QueryCancelledException ex) {
            Responses.cancelled(response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        Optional<Representation> format = Negotiation.choose(request, FORMATS);
        if (format.isEmpty()) {
            Responses.plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, Negotiation.notAcceptable(FORMATS));
            return;
        }
        Node subject = path.equals(Paths.ONTOLOGY)
                ? iris.ontology()
                : path.equals(Paths.WELL_KNOWN_VOID) ? iris.dataset() : iris.resource(path);
        byte[] body;
        if (subject.equals(iris.dataset())) body = dataset.representation(format.get(), Origins.of(request));
        else if (subject.equals(iris.ontology())) body = ontology.representation(format.get(), Origins.of(request));
        else {
            OptionalInt requested = page(request);
            if (requested.isEmpty()) {
                Responses.plain(
                        response,
                        HttpServletResponse.SC_BAD_REQUEST,
                        "page=" + request.getParameter("page")
                                + ": a page of links is a whole number from 0 (the first); leave it out for the first");
                return;
            }
            Description description = describer.describe(subject, requested.getAsInt());
            if (description.isEmpty()) {
                NotFound.send(request, response, "Nothing is known about " + subject.getURI() + ".");
                return;
            }
            if (description.more())
                response.addHeader(
                        "Link",
                        "<" + path + "?page=" + (description.page() + 1)
                                + (request.getParameter("format") == null
                                        ? ""
                                        : "&format=" + format.get().key()) + ">; rel=\"next\"");
            body = represent(description, format.get(), path);
            int number = description.page();
            if (number > 0) {
                Responses.send(
                        request,
                        response,
                        key -> path + "?page=" + number + "&format=" + key,
                        format.get(),
                        FORMATS,
                        body);
                return;
            }
        }
        if (body == null) {
            NotFound.send(request, response, "Nothing is known about " + subject.getURI() + ".");
            return;
        }
        Responses.send(request, response, path, format.get(), FORMATS, body);
    }

    private byte[] represent(Description description, Representation format, String path) {
        if (format == Representation.HTML) return Responses.html(page.render(description, path, FORMATS));
        DatasetGraph graphs =
                format == Representation.TRIG ? description.asDataset() : DatasetGraphFactory.wrap(description.graph());
        return Responses.rdf(graphs, format);
    }

    /** The page of incoming links asked for, or empty when {@code page=} is not a page number. */
    private static OptionalInt page(HttpServletRequest request) {
        String page = request.getParameter("page");
        if (page == null || page.isBlank()) return OptionalInt.of(0); // blank counts as not given, as for queries
        try {
            int number = Integer.parseInt(page);
            return number >= 0 ? OptionalInt.of(number) : OptionalInt.empty();
        } catch (NumberFormatException ex) {
            return OptionalInt.empty();
        }
    }
}
