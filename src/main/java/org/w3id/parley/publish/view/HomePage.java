package org.w3id.parley.publish.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.w3id.parley.publish.IriSpace;
import org.w3id.parley.publish.Paths;
import org.w3id.parley.publish.describe.Dumps;
import org.w3id.parley.publish.describe.SummaryQueries;
import org.w3id.parley.publish.picture.Picture;
import org.w3id.parley.publish.picture.Pictures;
import org.w3id.parley.query.NamedQueries;

/**
 * The home page: what the dataset is, its articles and counts, each actor with the demands made by it or on its
 * behalf, and the ways in: queries, the SPARQL endpoint, the dumps.
 */
public final class HomePage {
    static final int ACTORS = 200;
    static final int DEMANDS_PER_ACTOR = 12;

    record Article(Link link, Link author, Link publisher, String date, String url) {}

    record Count(String label, long count) {}

    record Actor(Link actor, List<Demand> demands, boolean more) {}

    record QueryLink(String name, String summary, String href) {}

    record Model(
            List<Article> articles,
            List<Count> counts,
            List<Actor> actors,
            List<QueryLink> queries,
            List<Dumps.Dump> dumps,
            Picture picture) {}

    private static final Comparator<String> BY_LABEL = String.CASE_INSENSITIVE_ORDER;

    private final DatasetGraph store;
    private final Links links;
    private final SummaryQueries summaries;
    private final Pictures pictures;

    public HomePage(DatasetGraph store, Links links, SummaryQueries summaries, Pictures pictures) {
        this.store = store;
        this.links = links;
        this.summaries = summaries;
        this.pictures = pictures;
    }

    public String render() {
        return Templates.render("home", Txn.calculateRead(store, this::model));
    }

    private Model model() {
        List<Article> articles = new ArrayList<>();
        for (Binding row : summaries.rows("articles.rq", Map.of())) {
            articles.add(new Article(
                    links.link(row.get("article")),
                    links.linkOrNull(row.get("author")),
                    links.linkOrNull(row.get("publisher")),
                    text(row.get("date")),
                    webUrl(row.get("url"))));
        }
        List<Count> counts = new ArrayList<>();
        for (Binding row : summaries.rows("counts.rq", Map.of()))
            counts.add(new Count(
                    row.get("label").getLiteralLexicalForm(),
                    ((Number) row.get("n").getLiteralValue()).longValue()));

        Map<Node, List<Demand>> byActor = new LinkedHashMap<>();
        for (Binding row : summaries.rows("demands-on-behalf-of.rq", Map.of())) {
            List<Demand> demands = byActor.computeIfAbsent(row.get("actor"), a -> new ArrayList<>());
            if (row.contains("demand"))
                demands.add(new Demand(links.link(row.get("demand")), links.link(row.get("by"))));
        }
        List<Actor> actors = new ArrayList<>();
        byActor.forEach((actor, demands) -> {
            demands.sort(Comparator.comparing(d -> d.demand().label(), BY_LABEL));
            actors.add(new Actor(
                    links.link(actor),
                    demands.subList(0, Math.min(DEMANDS_PER_ACTOR, demands.size())),
                    demands.size() > DEMANDS_PER_ACTOR));
        });
        actors.sort(Comparator.comparing((Actor a) -> a.actor().label(), BY_LABEL));
        List<QueryLink> queries = new ArrayList<>();
        NamedQueries.all()
                .forEach((name, file) -> queries.add(new QueryLink(name, file.summary(), Paths.QUERIES + name)));
        return new Model(
                articles,
                counts,
                actors.subList(0, Math.min(ACTORS, actors.size())),
                queries,
                Dumps.DUMPS,
                pictures.whole().orElse(null));
    }

    private static String webUrl(Node node) {
        return node != null && node.isURI() && IriSpace.isWeb(node.getURI()) ? node.getURI() : null;
    }

    private static String text(Node node) {
        return node == null ? null : node.isLiteral() ? node.getLiteralLexicalForm() : node.getURI();
    }
}
