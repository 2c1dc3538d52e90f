package org.w3id.parley.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.w3id.parley.vocab.Cnt;
import org.w3id.parley.vocab.Parley;
import org.w3id.parley.vocab.ParleyId;
import org.w3id.parley.vocab.Prov;

/**
 * Turns a claim that gives only its words ({@code parley:quote}, and {@code parley:quotePrefix},
 * {@code parley:quoteSuffix} or {@code parley:quoteOccurrence} when they occur more than once) into the Web
 * Annotation anchoring the store keeps for every claim: {@code parley:hasQuote} its {@code #target} (an
 * {@code oa:SpecificResource} on the text), the {@code #quote} and {@code #position} selectors and the
 * {@code #annotation}, in the graph that held the shorthand. The shorthand itself is not stored: what it says is
 * all in the selectors. The text is that of the claim's {@code prov:wasDerivedFrom}: the resource itself when it has
 * {@code cnt:chars}, else the one text that is {@code dcterms:isFormatOf} it.
 */
final class QuoteShorthand {
    private static final Set<Node> TERMS =
            Set.of(Parley.quote, Parley.quotePrefix, Parley.quoteSuffix, Parley.quoteOccurrence);

    /** A claim's shorthand, with the file that gave it and the graph it was in. */
    private record Given(Path file, Node graph, Node claim, Map<Node, List<Node>> values) {}

    private final Map<Node, Given> given = new LinkedHashMap<>();

    /** {@code quads} of {@code file} without their shorthand, which is kept for {@link #anchor}. */
    List<Quad> collect(Path file, List<Quad> quads) {
        if (quads.stream().noneMatch(q -> TERMS.contains(q.getPredicate()))) return quads;
        List<Quad> rest = new ArrayList<>(quads.size());
        for (Quad quad : quads) {
            if (!TERMS.contains(quad.getPredicate())) {
                rest.add(quad);
                continue;
            }
            Node claim = quad.getSubject();
            Given claimGiven =
                    given.computeIfAbsent(claim, c -> new Given(file, quad.getGraph(), c, new LinkedHashMap<>()));
            if (!claimGiven.file().equals(file) || !claimGiven.graph().equals(quad.getGraph()))
                throw MentionLocator.of(file)
                        .failure(
                                claim,
                                "<" + claim + ">: its quote shorthand is split over two graphs or files;"
                                        + " give it in one place");
            claimGiven
                    .values()
                    .computeIfAbsent(quad.getPredicate(), p -> new ArrayList<>())
                    .add(quad.getObject());
        }
        return rest;
    }

    boolean isEmpty() {
        return given.isEmpty();
    }

    /**
     * The anchoring of every claim collected, found in the texts of {@code union} (everything the store will hold,
     * but the shorthand). A claim whose selectors are also written out gets nothing new when they agree, and is
     * refused when they do not. A claim the store anchored before is {@link Reanchoring re-anchored} when its words
     * are no longer in the text as given, and every claim whose anchoring changed is handed to {@code report}.
     */
    List<Quad> anchor(Graph union, PreviousAnchors previous, Consumer<AnchorMove> report) {
        List<Quad> anchoring = new ArrayList<>();
        Map<Path, MentionLocator> locators = new LinkedHashMap<>();
        for (Given claim : given.values()) {
            MentionLocator at = locators.computeIfAbsent(claim.file(), MentionLocator::of);
            List<Triple> triples = anchor(claim, union, at, previous, report);
            Set<Triple> written = written(claim.claim(), union);
            if (written.isEmpty()) triples.forEach(t -> anchoring.add(Quad.create(claim.graph(), t)));
            else if (!written.equals(new HashSet<>(triples)))
                throw at.failure(
                        claim.claim(),
                        "<" + claim.claim() + "> gives parley:quote and also selectors of its own, and they disagree:"
                                + " the words are at " + span(triples) + ", the selectors written say "
                                + span(List.copyOf(written)) + " (or differ in prefix, suffix or text); keep one");
        }
        return anchoring;
    }

    private static List<Triple> anchor(
            Given claim, Graph union, MentionLocator at, PreviousAnchors previous, Consumer<AnchorMove> report) {
        Node c = claim.claim();
        if (!c.isURI() || c.getURI().contains("#"))
            throw at.failure(
                    c,
                    c + ": a claim with parley:quote must be an IRI without a fragment; its anchoring is"
                            + " named <claim#target>, <claim#quote>, <claim#position> and <claim#annotation>");
        QuoteSearch.Words words = new QuoteSearch.Words(
                one(claim, Parley.quote, at)
                        .orElseThrow(() -> at.failure(
                                c,
                                "<" + c + "> has parley:quotePrefix, parley:quoteSuffix or parley:quoteOccurrence"
                                        + " but no parley:quote")),
                one(claim, Parley.quotePrefix, at),
                one(claim, Parley.quoteSuffix, at),
                one(claim, Parley.quoteOccurrence, at).map(n -> occurrence(c, n, at)));
        Node text = textOf(c, union, at);
        String chars = union.find(text, Cnt.chars, Node.ANY).next().getObject().getLiteralLexicalForm();
        Optional<Reanchoring.Previous> before = previous.ofClaim(c, text);
        Reanchoring.Result found;
        try {
            found = Reanchoring.ofWords(chars, words, before);
        } catch (IllegalArgumentException ex) {
            throw at.failure(c, "<" + c + ">: in the text <" + text + ">, " + ex.getMessage());
        }
        QuoteSearch.Anchor anchor = found.anchor();
        // A context that changed around words that stayed put needs no word from the writer: nothing to report.
        found.change().filter(kind -> kind != AnchorMove.Kind.CONTEXT).ifPresent(kind -> {
            QuoteSearch.Anchor old = before.orElseThrow().anchor();
            report.accept(new AnchorMove(
                    c.getURI(),
                    at.where(c),
                    kind,
                    old.start(),
                    old.end(),
                    anchor.start(),
                    anchor.end(),
                    // the words the writer gave, which an approximate match tells them to update
                    kind == AnchorMove.Kind.APPROXIMATE ? words.exact() : old.exact(),
                    anchor.exact(),
                    false));
        });
        return triples(c, text, anchor);
    }

    private static List<Triple> triples(Node claim, Node text, QuoteSearch.Anchor anchor) {
        Node target = fragment(claim, "target");
        Node quote = fragment(claim, "quote");
        Node position = fragment(claim, "position");
        Node annotation = fragment(claim, "annotation");
        List<Triple> t = new ArrayList<>();
        t.add(Triple.create(claim, Parley.hasQuote, target));
        t.add(Triple.create(target, RDF.type.asNode(), OA.SpecificResource.asNode()));
        t.add(Triple.create(target, OA.hasSource.asNode(), text));
        t.add(Triple.create(target, OA.hasSelector.asNode(), quote));
        t.add(Triple.create(target, OA.hasSelector.asNode(), position));
        t.add(Triple.create(quote, RDF.type.asNode(), OA.TextQuoteSelector.asNode()));
        t.add(Triple.create(position, RDF.type.asNode(), OA.TextPositionSelector.asNode()));
        t.addAll(Selectors.values(quote, position, anchor));
        t.add(Triple.create(annotation, RDF.type.asNode(), OA.Annotation.asNode()));
        t.add(Triple.create(annotation, OA.motivatedBy.asNode(), OA.identifying.asNode()));
        t.add(Triple.create(annotation, OA.hasBody.asNode(), claim));
        t.add(Triple.create(annotation, OA.hasTarget.asNode(), target));
        return t;
    }

    /** What the sources already say about the claim's anchoring, written out by hand. */
    private static Set<Triple> written(Node claim, Graph union) {
        Set<Triple> written =
                new HashSet<>(union.find(claim, Parley.hasQuote, Node.ANY).toList());
        for (String part : ParleyId.ANCHOR_FRAGMENTS)
            written.addAll(union.find(fragment(claim, part), Node.ANY, Node.ANY).toList());
        return written;
    }

    private static String span(List<Triple> triples) {
        String start = triples.stream()
                .filter(t -> t.getPredicate().equals(OA.start.asNode()))
                .map(t -> t.getObject().getLiteralLexicalForm())
                .findFirst()
                .orElse("?");
        String end = triples.stream()
                .filter(t -> t.getPredicate().equals(OA.end.asNode()))
                .map(t -> t.getObject().getLiteralLexicalForm())
                .findFirst()
                .orElse("?");
        return "[" + start + ", " + end + ")";
    }

    /** The one text the claim's source has, or a refusal saying why there is none to search. */
    private static Node textOf(Node claim, Graph union, MentionLocator at) {
        List<Node> sources = union.find(claim, Prov.wasDerivedFrom, Node.ANY)
                .mapWith(Triple::getObject)
                .toList();
        if (sources.isEmpty())
            throw at.failure(claim, "<" + claim + "> has parley:quote but no prov:wasDerivedFrom naming its source");
        Set<Node> texts = new HashSet<>();
        for (Node source : sources) {
            if (union.contains(source, Cnt.chars, Node.ANY)) texts.add(source);
            else
                union.find(Node.ANY, DCTerms.isFormatOf.asNode(), source)
                        .mapWith(Triple::getSubject)
                        .filterKeep(t -> union.contains(t, Cnt.chars, Node.ANY))
                        .forEachRemaining(texts::add);
        }
        if (texts.isEmpty())
            throw at.failure(
                    claim,
                    "<" + claim + ">: its source " + sources + " is not described with a text (a resource with"
                            + " parley:textFile, dcterms:isFormatOf the source); the words cannot be looked up");
        if (texts.size() > 1)
            throw at.failure(
                    claim,
                    "<" + claim + ">: its sources have " + texts.size() + " texts " + texts
                            + "; a quote is taken from one text, so derive the claim from one source");
        Node text = texts.iterator().next();
        if (union.find(text, Cnt.chars, Node.ANY).toList().size() > 1)
            throw at.failure(claim, "<" + claim + ">: the text <" + text + "> has more than one cnt:chars");
        return text;
    }

    private static Optional<String> one(Given claim, Node property, MentionLocator at) {
        List<Node> values = claim.values().getOrDefault(property, List.of());
        if (values.isEmpty()) return Optional.empty();
        if (values.size() > 1)
            throw at.failure(
                    claim.claim(),
                    "<" + claim.claim() + "> has " + values.size() + " values of " + property.getLocalName()
                            + "; one quote per claim");
        Node value = values.get(0);
        if (property.equals(Parley.quoteOccurrence)) {
            if (!value.isLiteral()) throw at.failure(claim.claim(), "parley:quoteOccurrence must be a number");
            return Optional.of(value.getLiteralLexicalForm());
        }
        if (!value.isLiteral() || !value.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI()))
            throw at.failure(
                    claim.claim(),
                    "<" + claim.claim() + ">: parley:" + property.getLocalName()
                            + " must be a plain string (no language tag), the words as the text has them");
        return Optional.of(value.getLiteralLexicalForm());
    }

    private static long occurrence(Node claim, String lexical, MentionLocator at) {
        try {
            long n = Long.parseLong(lexical.strip());
            if (n >= 1) return n;
        } catch (NumberFormatException ex) {
            // refused below with the value given
        }
        throw at.failure(
                claim,
                "<" + claim + ">: parley:quoteOccurrence \"" + lexical
                        + "\" is not a whole number from 1 (the first occurrence) up");
    }

    private static Node fragment(Node claim, String part) {
        return ParleyId.anchorFragment(claim, part);
    }
}
