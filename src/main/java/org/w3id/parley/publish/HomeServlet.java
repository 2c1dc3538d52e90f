package org.w3id.parley.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.parley.query.NamedQueries;

/**
 * {@code /}: what the dataset is, its articles and counts, each actor with the demands made by it or on its
 * behalf, and the ways in: queries, the SPARQL endpoint, the dumps. Other unknown paths get a 404 page.
 */
final class HomeServlet extends HttpServlet {
    static final int ACTORS = 200;
    static final int DEMANDS_PER_ACTOR = 12;
    private static final List<RdfFormat> FORMATS = List.of(RdfFormat.HTML);

    record Article(Html.Link link, Html.Link author, Html.Link publisher, String date, String url) {}

    record Count(String label, long count) {}

    record Demand(Html.Link demand, Html.Link by) {}

    record Actor(Html.Link actor, List<Demand> demands, boolean more) {}

    record QueryLink(String name, String summary, String href) {}

    record Model(List<Article> articles, List<Count> counts, List<Actor> actors, List<QueryLink> queries,
            List<Dumps.Dump> dumps) {}

    private final transient Site site;
    private final transient PerVersion<String, byte[]> page;

    HomeServlet(Site site) {
        this.site = site;
        this.page = new PerVersion<>(site.version(), 1);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (!path.equals("/")) {
            site.notFound(request, response, "Nothing is served at " + path + ".");
            return;
        }
        Optional<RdfFormat> format = Negotiation.choose(request, FORMATS);
        if (format.isEmpty()) {
            Responses.plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, Negotiation.notAcceptable(FORMATS));
            return;
        }
        byte[] body = page.get("home", key -> Responses.html(Templates.render("home", site.html().read(this::model))));
        Responses.send(request, response, path, RdfFormat.HTML, FORMATS, body);
    }

    private Model model() {
        Html html = site.html();
        List<Article> articles = new ArrayList<>();
        for (Binding row : Select.rows(site.store(), "articles.rq", Map.of())) {
            articles.add(new Article(html.link(row.get("article")), link(html, row.get("author")), link(html, row.get("publisher")),
                    text(row.get("date")), webUrl(row.get("url"))));
        }
        List<Count> counts = new ArrayList<>();
        for (Binding row : Select.rows(site.store(), "counts.rq", Map.of()))
            counts.add(new Count(row.get("label").getLiteralLexicalForm(), ((Number) row.get("n").getLiteralValue()).longValue()));

        Map<Node, List<Demand>> byActor = new LinkedHashMap<>();
        for (Binding row : Select.rows(site.store(), "demands-on-behalf-of.rq", Map.of())) {
            List<Demand> demands = byActor.computeIfAbsent(row.get("actor"), a -> new ArrayList<>());
            if (row.contains("demand"))
                demands.add(new Demand(html.link(row.get("demand")), html.link(row.get("by"))));
        }
        List<Actor> actors = new ArrayList<>();
        byActor.forEach((actor, demands) -> {
            demands.sort(java.util.Comparator.comparing(d -> d.demand().label(), String.CASE_INSENSITIVE_ORDER));
            actors.add(new Actor(html.link(actor), demands.subList(0, Math.min(DEMANDS_PER_ACTOR, demands.size())),
                    demands.size() > DEMANDS_PER_ACTOR));
        });
        actors.sort(java.util.Comparator.comparing((Actor a) -> a.actor().label(), String.CASE_INSENSITIVE_ORDER));
        List<QueryLink> queries = new ArrayList<>();
        NamedQueries.all().forEach((name, file) -> queries.add(new QueryLink(name, file.summary(), "/queries/" + name)));
        return new Model(articles, counts, actors.subList(0, Math.min(ACTORS, actors.size())), queries, Dumps.DUMPS);
    }

    private static Html.Link link(Html html, Node node) {
        return node == null ? null : html.link(node);
    }

    private static String webUrl(Node node) {
        return node != null && node.isURI() && IriSpace.isWeb(node.getURI()) ? node.getURI() : null;
    }

    private static String text(Node node) {
        return node == null ? null : node.isLiteral() ? node.getLiteralLexicalForm() : node.getURI();
    }
}
