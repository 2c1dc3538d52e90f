package org.w3id.parley.publish.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.parley.vocab.Sd;

/**
 * The SPARQL endpoint for a browser: the YASGUI editor on this endpoint, with the example and named queries to start
 * from; without JavaScript, a plain form with the first example. The service description is the page's data.
 */
public final class ServicePage {
    /** A query offered, with its text ready for a {@code ?query=} link. */
    record Listed(String name, String title, String kind, String encoded) {}

    private ServicePage() {}

    /**
     * The form for the endpoint at path {@code endpoint}, with {@code description} as the page's data; the page names
     * the endpoints at the URLs the description gives them.
     */
    public static String render(String endpoint, Graph description) {
        Map<String, Object> model = new HashMap<>();
        model.put("endpoint", endpoint);
        model.put("example", EditorQueries.first().text());
        model.put("config", JsonIsland.escape(EditorQueries.config(endpoint)));
        model.put(
                "queries",
                EditorQueries.all().stream()
                        .map(q -> new Listed(
                                q.name(), q.title(), q.kind(), URLEncoder.encode(q.text(), StandardCharsets.UTF_8)))
                        .toList());
        model.put("jsonld", JsonIsland.of(description));
        endpointFor(description, Sd.SPARQL11Query).ifPresent(url -> model.put("queryUrl", url));
        endpointFor(description, Sd.SPARQL11Update).ifPresent(url -> model.put("updateUrl", url));
        return Templates.render("sparql", model);
    }

    private static Optional<String> endpointFor(Graph description, Node language) {
        return description
                .find(Node.ANY, Sd.supportedLanguage, language)
                .mapWith(t ->
                        description.find(t.getSubject(), Sd.endpoint, Node.ANY).nextOptional())
                .filterKeep(Optional::isPresent)
                .mapWith(found -> found.get().getObject().getURI())
                .nextOptional();
    }
}
