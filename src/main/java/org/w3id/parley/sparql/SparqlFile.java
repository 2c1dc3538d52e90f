package org.w3id.parley.sparql;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A SPARQL file that opens with a grlc-style comment header:
 *
 * <pre>
 * #+ summary: Title
 * #+ description: The question in English
 * #+ params: name: meaning; other: meaning
 * </pre>
 */
public record SparqlFile(String name, String text, Map<String, String> header) {

    public static SparqlFile parse(String name, String text) {
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("#"))
                break;
            if (!trimmed.startsWith("#+"))
                continue;
            String entry = trimmed.substring(2).strip();
            int colon = entry.indexOf(':');
            if (colon > 0)
                header.merge(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip(), (a, b) -> a + " " + b);
        }
        return new SparqlFile(name, text, Map.copyOf(header));
    }

    public String summary() {
        return header.getOrDefault("summary", name);
    }

    public String description() {
        return header.getOrDefault("description", "");
    }

    public String params() {
        return header.getOrDefault("params", "none");
    }
}
