package org.w3id.parley.publish.view;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.parley.vocab.Parley;
import org.w3id.parley.vocab.Sd;

/** The SPARQL endpoint for a browser: a query form with an example, and the service description as its data. */
public final class ServicePage {
    private static final String EXAMPLE = """
            PREFIX parley: <%s>
            PREFIX rdfs:   <%s>

            SELECT ?item ?itemLabel ?stage ?stageLabel
            WHERE {
              ?item parley:isPreconditionFor ?stage .
              OPTIONAL { ?item rdfs:label ?itemLabel }
              OPTIONAL { ?stage rdfs:label ?stageLabel }
            }
            LIMIT 50""".formatted(Parley.NS, RDFS.getURI());

    private ServicePage() {}

    /**
     * The form for the endpoint at path {@code endpoint}, with {@code description} as the page's data; the page names
     * the endpoints at the URLs the description gives them.
     */
    public static String render(String endpoint, Graph description) {
        Map<String, Object> model = new HashMap<>();
        model.put("endpoint", endpoint);
        model.put("example", EXAMPLE);
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
