package org.w3id.parley.publish.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.parley.publish.describe.SummaryQueries;

/**
 * A claim's place in the article's argument, as its page shows it: the claims it supports or attacks and those that
 * support or attack it (parley:supports, parley:attacks), each with its words. One record per direction.
 */
record Argument(String heading, String id, List<Argued> claims) {
    /** Another claim in the argument, with the words it quotes from the article. */
    record Argued(Link claim, String quote) {}

    private static final Map<String, String> HEADINGS = headings();

    private static Map<String, String> headings() {
        // the order the page lists them in: what the claim does, then what is done to it
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put("supports", "Supports");
        headings.put("attacks", "Attacks");
        headings.put("supported by", "Supported by");
        headings.put("attacked by", "Attacked by");
        return headings;
    }

    /** The directions in which {@code claim} is linked to other claims, each with those claims; none for a non-claim. */
    static List<Argument> of(Node claim, SummaryQueries summaries, Links links) {
        Map<String, List<Argued>> byDirection = new LinkedHashMap<>();
        HEADINGS.keySet().forEach(direction -> byDirection.put(direction, new ArrayList<>()));
        for (Binding row : summaries.rows("arguments.rq", Map.of("claim", claim))) {
            Node quote = row.get("exact");
            byDirection
                    .get(row.get("direction").getLiteralLexicalForm())
                    .add(new Argued(links.link(row.get("other")), quote == null ? "" : quote.getLiteralLexicalForm()));
        }
        List<Argument> arguments = new ArrayList<>();
        byDirection.forEach((direction, claims) -> {
            if (!claims.isEmpty())
                arguments.add(new Argument(HEADINGS.get(direction), direction.replace(' ', '-'), claims));
        });
        return arguments;
    }
}
