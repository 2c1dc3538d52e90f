package org.w3id.parley.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.w3id.parley.load.QuoteSearch.Anchor;
import org.w3id.parley.vocab.Cnt;

/**
 * The Web Annotation anchoring of a quote target as a graph holds it: the text it is in, its
 * {@code oa:TextQuoteSelector} and {@code oa:TextPositionSelector}. Anything ambiguous or malformed is read as no
 * anchoring at all: the SHACL shapes report it, with their own messages.
 */
final class Selectors {

    /** A target's text and selectors, and what they say. */
    record Anchoring(Node target, Node text, Node quote, Node position, Anchor anchor) {}

    static Optional<Anchoring> read(Graph graph, Node target) {
        Optional<Node> text = one(graph, target, OA.hasSource.asNode());
        Optional<Node> quote = selector(graph, target, OA.TextQuoteSelector.asNode());
        Optional<Node> position = selector(graph, target, OA.TextPositionSelector.asNode());
        if (text.isEmpty() || quote.isEmpty() || position.isEmpty()) return Optional.empty();
        Optional<String> exact = string(graph, quote.get(), OA.exact.asNode());
        Optional<Long> start = number(graph, position.get(), OA.start.asNode());
        Optional<Long> end = number(graph, position.get(), OA.end.asNode());
        if (exact.isEmpty() || start.isEmpty() || end.isEmpty()) return Optional.empty();
        if (graph.find(quote.get(), OA.prefix.asNode(), Node.ANY).toList().size() > 1
                || graph.find(quote.get(), OA.suffix.asNode(), Node.ANY)
                                .toList()
                                .size()
                        > 1) return Optional.empty();
        return Optional.of(new Anchoring(
                target,
                text.get(),
                quote.get(),
                position.get(),
                new Anchor(
                        start.get(),
                        end.get(),
                        exact.get(),
                        string(graph, quote.get(), OA.prefix.asNode()).orElse(""),
                        string(graph, quote.get(), OA.suffix.asNode()).orElse(""))));
    }

    /** The text's one {@code cnt:chars}, if it has exactly one. */
    static Optional<String> chars(Graph graph, Node text) {
        return string(graph, text, Cnt.chars);
    }

    /** What the two selectors say about where the quote is: its words, their context and their offsets. */
    static List<Triple> values(Node quote, Node position, Anchor anchor) {
        List<Triple> t = new ArrayList<>();
        t.add(Triple.create(quote, OA.exact.asNode(), NodeFactory.createLiteralString(anchor.exact())));
        // An empty prefix or suffix, at either end of the text, is left out, as the Web Annotation model allows.
        if (!anchor.prefix().isEmpty())
            t.add(Triple.create(quote, OA.prefix.asNode(), NodeFactory.createLiteralString(anchor.prefix())));
        if (!anchor.suffix().isEmpty())
            t.add(Triple.create(quote, OA.suffix.asNode(), NodeFactory.createLiteralString(anchor.suffix())));
        t.add(Triple.create(position, OA.start.asNode(), offset(anchor.start())));
        t.add(Triple.create(position, OA.end.asNode(), offset(anchor.end())));
        return t;
    }

    /** Whether {@code predicate} is one of those {@link #values} writes. */
    static boolean isValue(Node predicate) {
        return predicate.equals(OA.exact.asNode())
                || predicate.equals(OA.prefix.asNode())
                || predicate.equals(OA.suffix.asNode())
                || predicate.equals(OA.start.asNode())
                || predicate.equals(OA.end.asNode());
    }

    private static Node offset(long codePoints) {
        return NodeFactory.createLiteralDT(Long.toString(codePoints), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Optional<Node> selector(Graph graph, Node target, Node type) {
        List<Node> found = graph.find(target, OA.hasSelector.asNode(), Node.ANY)
                .mapWith(Triple::getObject)
                .filterKeep(s -> graph.contains(s, RDF.type.asNode(), type))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static Optional<Node> one(Graph graph, Node subject, Node predicate) {
        List<Node> found = graph.find(subject, predicate, Node.ANY)
                .mapWith(Triple::getObject)
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static Optional<String> string(Graph graph, Node subject, Node predicate) {
        return one(graph, subject, predicate).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    private static Optional<Long> number(Graph graph, Node subject, Node predicate) {
        return one(graph, subject, predicate).filter(Node::isLiteral).flatMap(n -> {
            try {
                long value = Long.parseLong(n.getLiteralLexicalForm().strip());
                return value >= 0 ? Optional.of(value) : Optional.empty();
            } catch (NumberFormatException ex) {
                return Optional.empty();
            }
        });
    }

    private Selectors() {}
}
