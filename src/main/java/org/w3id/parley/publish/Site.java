package org.w3id.parley.publish;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.parley.store.StoreVersion;

/** Everything the publishing servlets share: the store, its IRI space, and the views built on them. */
final class Site {
    private final DatasetGraph store;
    private final IriSpace iris;
    private final StoreVersion version;
    private final Describer describer;
    private final Html html;
    private final DatasetDescription datasetDescription;
    private final OntologyDocs ontologyDocs;
    private final Dumps dumps;

    Site(DatasetGraph store, IriSpace iris) {
        this.store = store;
        this.iris = iris;
        this.version = new StoreVersion(store);
        this.describer = new Describer(store);
        this.html = new Html(iris, store, new SourceTexts(store, version));
        this.datasetDescription = new DatasetDescription(this);
        this.ontologyDocs = new OntologyDocs(this);
        this.dumps = new Dumps(store, version);
    }

    DatasetGraph store() { return store; }
    IriSpace iris() { return iris; }
    StoreVersion version() { return version; }
    Describer describer() { return describer; }
    Html html() { return html; }
    DatasetDescription datasetDescription() { return datasetDescription; }
    OntologyDocs ontologyDocs() { return ontologyDocs; }
    Dumps dumps() { return dumps; }

    /** 404: a page for people, a line of text for programs. */
    void notFound(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        boolean person = Negotiation.choose(request, List.of(RdfFormat.TURTLE, RdfFormat.HTML)).orElse(RdfFormat.TURTLE) == RdfFormat.HTML;
        if (!person) {
            Responses.plain(response, HttpServletResponse.SC_NOT_FOUND, message);
            return;
        }
        byte[] body = Responses.html(Templates.render("notfound", Map.of("message", message)));
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setHeader("Vary", "Accept");
        response.setContentType("text/html; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
