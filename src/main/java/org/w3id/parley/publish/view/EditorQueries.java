package org.w3id.parley.publish.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.parley.Resources;
import org.w3id.parley.query.NamedQueries;
import org.w3id.parley.sparql.SparqlFile;
import org.w3id.parley.vocab.Prefixes;

/**
 * What the SPARQL editor offers besides an empty tab: the README's example queries and every named query, each with
 * its title from its {@code #+ summary} header, and the prefixes the data is written with. Read once: all of it ships
 * in the jar.
 */
public final class EditorQueries {
    /** The README's examples, in its order, from {@code src/main/resources/examples/}. */
    private static final List<String> EXAMPLES = List.of("precondition-pairs", "claims-by-speaker", "claim-graph");

    /** One query offered: its title, where it comes from, and its text without the {@code #+} header. */
    public record Offered(String name, String title, String description, String kind, String text) {}

    private static final List<Offered> ALL = load();

    private EditorQueries() {}

    /** The examples first, then the named queries by name. */
    public static List<Offered> all() {
        return ALL;
    }

    /** The first example, shown in the form and in a new editor tab. */
    public static Offered first() {
        return ALL.get(0);
    }

    /** The editor's settings as JSON: the endpoint, the prefixes, and the queries. */
    static String config(String endpoint) {
        JsonObject config = new JsonObject();
        config.put("endpoint", endpoint);
        JsonObject prefixes = new JsonObject();
        Prefixes.COMMON.forEach(prefixes::put);
        config.put("prefixes", prefixes);
        JsonArray queries = new JsonArray();
        for (Offered offered : ALL) {
            JsonObject query = new JsonObject();
            query.put("name", offered.name());
            query.put("title", offered.title());
            query.put("kind", offered.kind());
            query.put("query", offered.text());
            queries.add(query);
        }
        config.put("queries", queries);
        return config.toString();
    }

    private static List<Offered> load() {
        List<Offered> offered = new ArrayList<>();
        for (String name : EXAMPLES)
            offered.add(offered(SparqlFile.parse(name, Resources.text("examples/" + name + ".rq")), "example"));
        for (Map.Entry<String, SparqlFile> named : NamedQueries.all().entrySet())
            offered.add(offered(named.getValue(), "named query"));
        return List.copyOf(offered);
    }

    private static Offered offered(SparqlFile file, String kind) {
        String text = String.join(
                        "\n",
                        file.text()
                                .lines()
                                .filter(line -> !line.strip().startsWith("#+"))
                                .toList())
                .strip();
        return new Offered(file.name(), file.summary(), file.description(), kind, text + "\n");
    }
}
