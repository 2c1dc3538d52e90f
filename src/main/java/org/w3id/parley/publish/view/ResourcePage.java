package org.w3id.parley.publish.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.parley.publish.Paths;
import org.w3id.parley.publish.describe.Description;
import org.w3id.parley.publish.describe.SummaryQueries;
import org.w3id.parley.publish.negotiation.Representation;
import org.w3id.parley.publish.picture.Picture;
import org.w3id.parley.publish.picture.Pictures;
import org.w3id.parley.query.Evidence;
import org.w3id.parley.vocab.Cnt;

/** The HTML page of one resource: its statements, each with the claims behind it, and who links to it. */
public final class ResourcePage {
    /**
     * A statement about a fragment of the page's document; the first one of each fragment carries its {@code id}, so a
     * link to {@code …#quote} lands on it.
     */
    record Fragment(String anchor, Row row) {}

    record Model(
            String title,
            String iri,
            String href,
            List<Link> types,
            List<Row> statements,
            List<Fragment> fragments,
            List<Row> incoming,
            String more,
            List<Row> contents,
            Source quote,
            List<Argument> arguments,
            List<Demand> demands,
            List<Alternate> alternates,
            String jsonld,
            boolean truncated,
            String sparqlHref,
            String graphHref,
            Picture picture,
            List<AnnotatedText.Paragraph> text,
            String highlighted) {
        public boolean hasText() {
            return !text.isEmpty();
        }

        public boolean hasArguments() {
            return !arguments.isEmpty();
        }

        public boolean hasDemands() {
            return !demands.isEmpty();
        }

        public boolean hasTypes() {
            return !types.isEmpty();
        }

        public boolean hasIncoming() {
            return !incoming.isEmpty();
        }

        public boolean hasFragments() {
            return !fragments.isEmpty();
        }

        public boolean hasContents() {
            return !contents.isEmpty();
        }
    }

    private static final Comparator<Row> ORDER = Comparator.comparing(
                    (Row r) -> r.subject() == null ? "" : r.subject().label(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(r -> r.property().label(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(
                    r -> r.value().link() == null
                            ? r.value().text()
                            : r.value().link().label(),
                    String.CASE_INSENSITIVE_ORDER);

    private final DatasetGraph store;
    private final Links links;
    private final StatementSources sources;
    private final SummaryQueries summaries;
    private final Pictures pictures;

    public ResourcePage(
            DatasetGraph store, Links links, StatementSources sources, SummaryQueries summaries, Pictures pictures) {
        this.store = store;
        this.links = links;
        this.sources = sources;
        this.summaries = summaries;
        this.pictures = pictures;
    }

    /** The page of {@code description}, served at {@code path}, with links to its other {@code formats}. */
    public String render(Description description, String path, List<Representation> formats) {
        return Templates.render("resource", Txn.calculateRead(store, () -> model(description, path, formats)));
    }

    private Model model(Description d, String path, List<Representation> formats) {
        Node subject = d.subject();
        List<Set<Node>> graphSets = new ArrayList<>(d.sources().values());
        graphSets.add(Set.of(subject));
        Map<String, Evidence> evidence = sources.evidence(graphSets);

        List<Row> statements = new ArrayList<>();
        List<Row> fragments = new ArrayList<>();
        List<Link> types = new ArrayList<>();
        String chars = null;
        for (Triple t : d.outgoing()) {
            if (t.getSubject().equals(subject)
                    && t.getPredicate().equals(Cnt.chars)
                    && t.getObject().isLiteral()
                    && chars == null) {
                // The text is shown whole, in paragraphs with its claims marked, rather than as one long value.
                chars = t.getObject().getLiteralLexicalForm();
                continue;
            }
            if (t.getSubject().equals(subject)) {
                statements.add(new Row(
                        null,
                        links.link(t.getPredicate()),
                        links.value(t.getObject()),
                        sources.sources(d.sources().get(t), evidence)));
                if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI())
                    types.add(links.link(t.getObject()));
            } else {
                fragments.add(row(t));
            }
        }
        List<Row> incoming = new ArrayList<>();
        for (Triple t : d.incoming())
            incoming.add(new Row(
                    links.link(t.getSubject()),
                    links.link(t.getPredicate()),
                    links.value(t.getSubject()),
                    sources.sources(d.sources().get(t), evidence)));
        List<Row> contents = new ArrayList<>();
        d.contents().find().forEach(t -> contents.add(row(t)));
        statements.sort(ORDER);
        fragments.sort(ORDER);
        Set<String> anchored = new HashSet<>();
        List<Fragment> anchoredFragments = fragments.stream()
                .map(row -> new Fragment(anchorOf(row.subject().iri(), anchored), row))
                .toList();
        incoming.sort(ORDER);
        contents.sort(ORDER);

        List<AnnotatedText.Paragraph> text = List.of();
        long highlighted = 0;
        if (chars != null) {
            List<Evidence> quotes = quotesIn(subject);
            text = AnnotatedText.of(chars, quotes, links);
            highlighted = quotes.size();
        }
        Evidence own = evidence.get(subject.getURI());
        Source quote = own == null ? null : sources.source(subject, own);
        String more = d.more() ? path + "?page=" + (d.page() + 1) : null;
        List<Alternate> alternates = formats.stream()
                .filter(Representation::isRdf)
                .map(f -> new Alternate(f.key(), f.mediaType(), path + "?format=" + f.key()))
                .toList();
        List<Demand> demands = summaries.rows("demands-on-behalf-of.rq", Map.of("actor", subject)).stream()
                .filter(row -> row.contains("demand"))
                .map(row -> new Demand(links.link(row.get("demand")), links.link(row.get("by"))))
                .sorted(Comparator.comparing(demand -> demand.demand().label(), String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new Model(
                links.link(subject).label(),
                subject.getURI(),
                path,
                types,
                statements,
                anchoredFragments,
                incoming,
                more,
                contents,
                quote,
                own == null ? List.of() : Argument.of(subject, summaries, links),
                demands,
                alternates,
                JsonIsland.of(d.graph()),
                d.truncated(),
                Paths.Endpoint.SPARQL.path() + "?format=text&query="
                        + encode("SELECT ?p ?o WHERE { <" + subject.getURI() + "> ?p ?o }"),
                Paths.Endpoint.GET.path() + "?graph=" + encode(subject.getURI()),
                pictures.around(subject, links.link(subject).label()).orElse(null),
                text,
                Counts.of(highlighted, "claim"));
    }

    /** The evidence of every claim whose words are quoted from the text {@code text}. */
    private List<Evidence> quotesIn(Node text) {
        List<Node> claims = summaries.rows("claims-in-text.rq", Map.of("text", text)).stream()
                .map(row -> row.get("claim"))
                .toList();
        return sources.evidence(List.of(claims)).values().stream()
                .filter(e -> e.source().equals(text.getURI()))
                .toList();
    }

    /** The fragment of {@code iri} when this is its first row, else null. */
    private static String anchorOf(String iri, Set<String> anchored) {
        int hash = iri.indexOf('#');
        return hash >= 0 && anchored.add(iri) ? iri.substring(hash + 1) : null;
    }

    /** A statement of another subject, shown without its sources. */
    private Row row(Triple t) {
        return new Row(links.link(t.getSubject()), links.link(t.getPredicate()), links.value(t.getObject()), List.of());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
