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
            if (!trimmed.startsWith("#")) break;
            if (!trimmed.startsWith("#+")) continue;
            String entry = trimmed.substring(2).strip();
            int colon = entry.indexOf(':');
            if (colon > 0)
                header.merge(
                        entry.substring(0, colon).strip(),
                        entry.substring(colon + 1).strip(),
                        (a, b) -> a + " " + b);
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

    /**
     * The declared parameters, name to description, from {@code #+ params: name: text; name: text}.
     * Semicolons inside parentheses belong to the description.
     */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        String params = header.getOrDefault("params", "");
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= params.length(); i++) {
            char c = i < params.length() ? params.charAt(i) : ';';
            if (c == '(') depth++;
            else if (c == ')') depth = Math.max(0, depth - 1);
            else if (c == ';' && depth == 0) {
                String entry =
                        params.substring(start, Math.min(i, params.length())).strip();
                int colon = entry.indexOf(':');
                if (colon > 0 && entry.substring(0, colon).strip().matches("\\w+"))
                    parameters.put(
                            entry.substring(0, colon).strip(),
                            entry.substring(colon + 1).strip());
                start = i + 1;
            }
        }
        return parameters;
    }
}
