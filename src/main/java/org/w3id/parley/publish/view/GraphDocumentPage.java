package org.w3id.parley.publish.view;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;

/**
 * The page of a document served whole that has no page of its own, such as the SHACL shapes or the alignment
 * bridge: its header and its Turtle, for a person to read in a browser.
 */
public final class GraphDocumentPage {
    private final Node iri;
    private final String path;

    /** @param path where the document is served, for its links to its other formats */
    public GraphDocumentPage(Node iri, String path) {
        this.iri = iri;
        this.path = path;
    }

    record Model(
            String title,
            String comment,
            String iri,
            String versionIri,
            String turtle,
            String path,
            List<String> formats) {}

    public String render(Graph graph) {
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        RDFDataMgr.write(turtle, graph, RDFFormat.TURTLE_PRETTY);
        String title = literal(graph, RDFS.label.asNode());
        return Templates.render(
                "graphdocument",
                new Model(
                        title == null ? iri.getURI() : title,
                        literal(graph, RDFS.comment.asNode()),
                        iri.getURI(),
                        graph.find(iri, OWL2.versionIRI.asNode(), Node.ANY)
                                .mapWith(t ->
                                        t.getObject().isURI() ? t.getObject().getURI() : null)
                                .nextOptional()
                                .orElse(null),
                        turtle.toString(StandardCharsets.UTF_8),
                        path,
                        List.of("ttl", "jsonld", "nt", "rdf", "trig")));
    }

    private String literal(Graph graph, Node property) {
        return graph.find(iri, property, Node.ANY)
                .mapWith(t -> t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : null)
                .nextOptional()
                .orElse(null);
    }
}
