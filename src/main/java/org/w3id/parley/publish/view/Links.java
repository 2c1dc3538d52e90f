package org.w3id.parley.publish.view;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.XSD;
import org.w3id.parley.publish.IriSpace;
import org.w3id.parley.publish.describe.Labels;

/**
 * Nodes as the pieces pages are made of: links carry a label and a local href, literals their language or
 * datatype. Reads labels, so call inside a read transaction.
 */
public final class Links {
    private final IriSpace iris;
    private final Labels labels;

    public Links(IriSpace iris, Labels labels) {
        this.iris = iris;
        this.labels = labels;
    }

    Link link(Node node) {
        if (node.isBlank()) return new Link(null, "(blank node)", null);
        return new Link(iris.href(node.getURI()), labels.label(node), node.getURI());
    }

    /** A link whose label is already known. */
    Link link(String iri, String label) {
        return new Link(iris.href(iri), label, iri);
    }

    /** {@code null} for no node, as an optional column gives. */
    Link linkOrNull(Node node) {
        return node == null ? null : link(node);
    }

    Value value(Node node) {
        if (!node.isLiteral()) return new Value(link(node), null, null);
        String lang = node.getLiteralLanguage();
        String datatype = node.getLiteralDatatypeURI();
        String annotation = !lang.isEmpty()
                ? lang
                : datatype.equals(XSD.xstring.getURI()) ? null : Labels.localName(NodeFactory.createURI(datatype));
        return new Value(null, node.getLiteralLexicalForm(), annotation);
    }
}
