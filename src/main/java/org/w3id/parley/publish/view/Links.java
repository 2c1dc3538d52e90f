package org.w3id.parley.publish.view;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.XSD;
import org.w3id.parley.publish.IriSpace;
import org.w3id.parley.publish.describe.Labels;
import org.w3id.parley.vocab.Prefixes;

/**
 * Nodes as the pieces pages are made of: links carry a label and a local href, literals their language or
 * datatype. Reads labels, so call inside a read transaction.
 */
public final class Links {
    /** Parley's ontology, its data, and Wikidata's items, which are things rather than terms. */
    private static final Set<String> OWN = Set.of("parley", "id", "wd");

    /**
     * Other vocabularies' terms are named by prefix ({@code schema:Claim}, {@code prov:Entity}, {@code oa:hasTarget}),
     * so that they are not taken for Parley's own terms of the same name. Parley's terms and the data keep their labels.
     */
    private static final PrefixMapping VOCABULARIES = vocabularies();

    private final IriSpace iris;
    private final Labels labels;

    public Links(IriSpace iris, Labels labels) {
        this.iris = iris;
        this.labels = labels;
    }

    Link link(Node node) {
        if (node.isBlank()) return new Link(null, "(blank node)", null);
        String iri = node.getURI();
        String qualified = VOCABULARIES.shortForm(iri);
        return new Link(iris.href(iri), qualified.equals(iri) ? labels.label(node) : qualified, iri);
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

    private static PrefixMapping vocabularies() {
        PrefixMapping mapping = PrefixMapping.Factory.create();
        Prefixes.COMMON.forEach((prefix, namespace) -> {
            if (!OWN.contains(prefix)) mapping.setNsPrefix(prefix, namespace);
        });
        return mapping.lock();
    }
}
