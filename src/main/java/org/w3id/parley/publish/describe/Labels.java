package org.w3id.parley.publish.describe;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * A human name for a node: the first of skos:prefLabel, rdfs:label, schema:name, foaf:name, dcterms:title,
 * English or untagged before other languages. Reads inside the caller's transaction.
 */
public final class Labels {
    static final List<Node> PROPERTIES = List.of(
            SKOS.prefLabel.asNode(),
            RDFS.label.asNode(),
            SchemaDO.name.asNode(),
            FOAF.name.asNode(),
            DCTerms.title.asNode());

    private final DatasetGraph store;

    public Labels(DatasetGraph store) {
        this.store = store;
    }

    /** The label statement chosen for a node, if it has one. */
    Optional<Triple> labelTriple(Node node) {
        if (!node.isURI()) return Optional.empty();
        for (Node property : PROPERTIES) {
            Node best = null;
            Iterator<Quad> quads = store.find(Node.ANY, node, property, Node.ANY);
            while (quads.hasNext()) {
                Node value = quads.next().getObject();
                if (!value.isLiteral()) continue;
                if (best == null || rank(value) < rank(best)) best = value;
            }
            if (best != null) return Optional.of(Triple.create(node, property, best));
        }
        return Optional.empty();
    }

    List<Triple> labelTriples(Collection<Node> nodes) {
        List<Triple> triples = new ArrayList<>();
        nodes.forEach(node -> labelTriple(node).ifPresent(triples::add));
        return triples;
    }

    /** The label's text, or the IRI's last segment when there is none. */
    public String label(Node node) {
        if (node.isLiteral()) return node.getLiteralLexicalForm();
        return labelTriple(node).map(t -> t.getObject().getLiteralLexicalForm()).orElseGet(() -> localName(node));
    }

    public static String localName(Node node) {
        if (!node.isURI()) return node.toString();
        String iri = node.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    private static int rank(Node literal) {
        String lang = literal.getLiteralLanguage();
        return lang.equalsIgnoreCase("en")
                ? 0
                : lang.isEmpty() ? 1 : lang.toLowerCase(Locale.ROOT).startsWith("en") ? 2 : 3;
    }
}
