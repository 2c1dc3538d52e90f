package org.w3id.parley.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.w3id.parley.query.Evidence;

/** The HTML page of one resource: its statements, each with the claims behind it, and who links to it. */
final class ResourcePage {
    record Alternate(String key, String mediaType, String href) {}

    record Model(String title, String iri, String href, List<Html.Link> types, List<Html.Row> statements,
            List<Html.Row> fragments, List<Html.Row> incoming, String more, List<Html.Row> contents,
            Html.Source quote, List<HomeServlet.Demand> demands, List<Alternate> alternates, String jsonld,
            boolean truncated, String sparqlHref, String graphHref) {
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

    private static final Comparator<Html.Row> ORDER = Comparator
            .comparing((Html.Row r) -> r.subject() == null ? "" : r.subject().label(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(r -> r.property().label(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(r -> r.value().link() == null ? r.value().text() : r.value().link().label(), String.CASE_INSENSITIVE_ORDER);

    private ResourcePage() {}

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String render(Html html, Description description, String path, List<RdfFormat> formats) {
        Model model = html.read(() -> model(html, description, path, formats));
        return Templates.render("resource", model);
    }

    private static Model model(Html html, Description d, String path, List<RdfFormat> formats) {
        Node subject = d.subject();
        List<java.util.Set<Node>> graphSets = new ArrayList<>(d.sources().values());
        graphSets.add(java.util.Set.of(subject));
        Map<String, Evidence> evidence = html.evidence(graphSets);

        List<Html.Row> statements = new ArrayList<>();
        List<Html.Row> fragments = new ArrayList<>();
        List<Html.Link> types = new ArrayList<>();
        for (Triple t : d.outgoing()) {
            if (t.getSubject().equals(subject)) {
                statements.add(new Html.Row(null, html.link(t.getPredicate()), html.value(t.getObject()),
                        html.sources(d.sources().get(t), evidence)));
                if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI())
                    types.add(html.link(t.getObject()));
            } else {
                fragments.add(new Html.Row(html.link(t.getSubject()), html.link(t.getPredicate()), html.value(t.getObject()), List.of()));
            }
        }
        List<Html.Row> incoming = new ArrayList<>();
        for (Triple t : d.incoming())
            incoming.add(new Html.Row(html.link(t.getSubject()), html.link(t.getPredicate()), html.value(t.getSubject()),
                    html.sources(d.sources().get(t), evidence)));
        List<Html.Row> contents = new ArrayList<>();
        d.contents().find().forEach(t -> contents.add(
                new Html.Row(html.link(t.getSubject()), html.link(t.getPredicate()), html.value(t.getObject()), List.of())));
        statements.sort(ORDER);
        fragments.sort(ORDER);
        incoming.sort(ORDER);
        contents.sort(ORDER);

        Evidence own = evidence.get(subject.getURI());
        Html.Source quote = own == null ? null : html.source(subject, own);
        String more = d.more() ? path + "?page=" + (d.page() + 1) : null;
        List<Alternate> alternates = formats.stream().filter(RdfFormat::isRdf)
                .map(f -> new Alternate(f.key, f.mediaType, path + "?format=" + f.key)).toList();
        List<HomeServlet.Demand> demands = Select.rows(html.store(), "demands-on-behalf-of.rq", Map.of("actor", subject)).stream()
                .filter(row -> row.contains("demand"))
                .map(row -> new HomeServlet.Demand(html.link(row.get("demand")), html.link(row.get("by"))))
                .sorted(Comparator.comparing(demand -> demand.demand().label(), String.CASE_INSENSITIVE_ORDER)).toList();
        return new Model(html.link(subject).label(), subject.getURI(), path, types, statements, fragments, incoming, more,
                contents, quote, demands, alternates, Html.jsonIsland(d.graph()), d.truncated(),
                "/parley/sparql?format=text&query=" + encode("SELECT ?p ?o WHERE { <" + subject.getURI() + "> ?p ?o }"),
                "/parley/get?graph=" + encode(subject.getURI()));
    }
}
