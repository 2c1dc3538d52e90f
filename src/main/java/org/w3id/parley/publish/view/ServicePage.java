package org.w3id.parley.publish.view;

import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.parley.vocab.Parley;

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

    /** The form for the endpoint at {@code endpoint}, with {@code description} as the page's data. */
    public static String render(String endpoint, Graph description) {
        return Templates.render(
                "sparql", Map.of("endpoint", endpoint, "example", EXAMPLE, "jsonld", JsonIsland.of(description)));
    }
}
