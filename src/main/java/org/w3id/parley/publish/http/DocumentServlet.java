package org.w3id.parley.publish.http;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.w3id.parley.publish.IriSpace;
import org.w3id.parley.publish.negotiation.Negotiation;
import org.w3id.parley.publish.negotiation.Representation;
import org.w3id.parley.publish.negotiation.Responses;

/**
 * A document served whole at its own path and at the path of each {@code owl:versionIRI} its header gives, so the
 * version IRI dereferences to the same document (the loaded one: Parley serves one version, the one in the store).
 * Mounted at {@code /path/*}, which the servlet specification lets match {@code /path} itself too.
 */
final class DocumentServlet extends HttpServlet {
    private final transient DatasetGraph store;
    private final transient Node iri;
    private final String path;
    private final boolean servesOwnPath;
    private final transient Document document;

    /**
     * @param iri the document's IRI, which names the graph that holds it and its header
     * @param servesOwnPath false where another servlet answers for {@code path} itself ({@code /ontology}) and this one
     *     only for its version IRIs
     */
    DocumentServlet(DatasetGraph store, Node iri, String path, boolean servesOwnPath, Document document) {
        this.store = store;
        this.iri = iri;
        this.path = path;
        this.servesOwnPath = servesOwnPath;
        this.document = document;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String requested = request.getRequestURI();
        boolean own = servesOwnPath && requested.equals(path);
        if (!own && !isVersion(requested)) {
            NotFound.send(request, response, "Nothing is served at " + requested + ".");
            return;
        }
        Optional<Representation> format = Negotiation.choose(request, ResourceServlet.FORMATS);
        if (format.isEmpty()) {
            Responses.plain(
                    response,
                    HttpServletResponse.SC_NOT_ACCEPTABLE,
                    Negotiation.notAcceptable(ResourceServlet.FORMATS));
            return;
        }
        byte[] body = document.representation(format.get(), Origins.of(request));
        if (body == null) {
            NotFound.send(request, response, iri.getURI() + " is not loaded.");
            return;
        }
        Responses.send(request, response, requested, format.get(), ResourceServlet.FORMATS, body);
    }

    /** Whether {@code requested} is the path of a version IRI the loaded document's header gives. */
    private boolean isVersion(String requested) {
        return Txn.calculateRead(
                store,
                () -> store.getGraph(iri).find(iri, OWL2.versionIRI.asNode(), Node.ANY).toList().stream()
                        .filter(t -> t.getObject().isURI())
                        .map(t -> IriSpace.fixedPath(t.getObject().getURI()))
                        .anyMatch(p -> p.filter(requested::equals).isPresent()));
    }
}
