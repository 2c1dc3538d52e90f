package org.w3id.parley.publish.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;

/**
 * The answer to a SPARQL query for a person: the query again, editable, and its results as a table whose IRIs link
 * to their pages under their labels; the rows of a SELECT, the yes or no of an ASK, the triples of a CONSTRUCT or
 * DESCRIBE. A query that failed shows what was wrong beside the query, which is kept as it was sent.
 */
public final class ResultsPage {
    /** A result's term, or {@code null} for an unbound variable. */
    record Cell(Value value) {}

    record ResultRow(List<Cell> cells) {}

    /** Where the query was wrong, when the parser says: the line and a caret under the column. */
    public record Position(long line, long column, String excerpt) {}

    record Format(String key, String href) {}

    record Model(
            String endpoint,
            String query,
            String heading,
            List<String> columns,
            List<ResultRow> rows,
            String count,
            String answer,
            String error,
            Position position,
            List<Format> formats) {
        /** The editor with this query in a tab of its own: YASGUI reads a query from the fragment. */
        public String editorHref() {
            return endpoint + "#query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
        }

        public boolean hasFormats() {
            return !formats.isEmpty();
        }
    }

    /** The result formats a program would ask for, linked from the page with the same query. */
    private static final List<String> FORMATS = List.of("json", "xml", "csv", "tsv");

    private static final List<String> GRAPH_FORMATS = List.of("ttl", "nt", "jsonld", "rdf");

    private final DatasetGraph store;
    private final Links links;

    public ResultsPage(DatasetGraph store, Links links) {
        this.store = store;
        this.links = links;
    }

    /**
     * The rows of a SELECT, the first {@code rows.size()} of {@code total}.
     *
     * @param columns the projected variables, in order
     */
    public String select(String endpoint, String query, List<String> columns, List<Binding> rows, long total) {
        List<ResultRow> table = Txn.calculateRead(store, () -> {
            Map<Node, Value> seen = new HashMap<>();
            return rows.stream()
                    .map(row -> new ResultRow(columns.stream()
                            .map(column -> {
                                Node node = row.get(column);
                                return new Cell(node == null ? null : seen.computeIfAbsent(node, links::value));
                            })
                            .toList()))
                    .toList();
        });
        return render(new Model(
                endpoint,
                query,
                "Query results",
                columns,
                table,
                count(rows.size(), total, "row"),
                null,
                null,
                null,
                formats(endpoint, query, FORMATS)));
    }

    /** The statements of a CONSTRUCT or DESCRIBE, the first {@code triples.size()} of {@code total}. */
    public String triples(String endpoint, String query, List<Triple> triples, long total) {
        List<ResultRow> table = Txn.calculateRead(store, () -> {
            Map<Node, Value> seen = new HashMap<>();
            return triples.stream()
                    .map(t -> new ResultRow(List.of(t.getSubject(), t.getPredicate(), t.getObject()).stream()
                            .map(node -> new Cell(seen.computeIfAbsent(node, links::value)))
                            .toList()))
                    .toList();
        });
        return render(new Model(
                endpoint,
                query,
                "Query results",
                List.of("subject", "predicate", "object"),
                table,
                count(triples.size(), total, "triple"),
                null,
                null,
                null,
                formats(endpoint, query, GRAPH_FORMATS)));
    }

    /** The answer of an ASK. */
    public String ask(String endpoint, String query, boolean answer) {
        return render(new Model(
                endpoint,
                query,
                "Query results",
                List.of(),
                List.of(),
                null,
                answer ? "Yes: the pattern matches." : "No: the pattern does not match.",
                null,
                null,
                formats(endpoint, query, FORMATS)));
    }

    /**
     * A query that failed: {@code message} beside the query, and where in it the parser stopped, if it said.
     *
     * @param heading what went wrong, in a few words
     */
    public static String failed(String endpoint, String query, String heading, String message, Position position) {
        return render(
                new Model(endpoint, query, heading, List.of(), List.of(), null, null, message, position, List.of()));
    }

    /** Where in {@code query} the parser stopped, for {@link #failed}; none when it did not say. */
    public static Position at(String query, long line, long column) {
        List<String> lines = query.lines().toList();
        if (line < 1 || line > lines.size()) return null;
        String text = lines.get((int) line - 1).replace('\t', ' ');
        long at = Math.max(1, Math.min(column, text.length() + 1));
        return new Position(line, at, text + "\n" + " ".repeat((int) at - 1) + "^");
    }

    private static String render(Model model) {
        return Templates.render("results", model);
    }

    /** "1 row", "12 rows", "no rows", "the first 1,000 of 12,345 rows". */
    static String count(int shown, long total, String noun) {
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        if (total == 0) return "no " + noun + "s";
        if (shown < total)
            return "the first " + number.format(shown) + " of " + number.format(total) + " " + noun + "s";
        return number.format(total) + " " + noun + (total == 1 ? "" : "s");
    }

    private static List<Format> formats(String endpoint, String query, List<String> keys) {
        String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);
        return keys.stream()
                .map(key -> new Format(key, endpoint + "?query=" + encoded + "&format=" + key))
                .toList();
    }
}
