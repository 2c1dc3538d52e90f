package org.w3id.parley.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.w3id.parley.vocab.Parley;

/**
 * What a form offers for a parameter: the labelled resources of the kind the parameter takes, each with the value to
 * type (its label, or its prefixed name where the label is shared, since {@link TermResolver} refuses a shared label).
 * The headers declare no types, so the kind is read from the parameter's name, else from the first kind its
 * description mentions ("the demanding actor", "the accepted concession"); a description that is a list of prefixed
 * names ("parley:cannotAccept or parley:rejects") offers those. With no kind, every labelled resource is offered, up
 * to {@link #LIMIT}.
 */
public final class ParameterOptions {
    /** A datalist longer than this helps nobody, and each page view computes it. */
    static final int LIMIT = 200;

    /** One choice: what to type, and what it is. */
    public record Option(String value, String label) {}

    private static final List<String> ITEMS =
            List.of("NegotiationElement", "Proposal", "Sequence", "Outcome", "Obstacle", "AgendaTopic");

    /** Words that name a kind, in the order they are tried against a parameter's name. */
    private static final Map<String, List<String>> KINDS = kinds();

    private static final Pattern EXAMPLE = Pattern.compile("e\\.g\\.\\s*([^;)\\s]+)");
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final Pattern PREFIXED_LIST = Pattern.compile(
            "\\s*([a-z][\\w-]*:[A-Za-z][\\w/-]*)((?:\\s*(?:,|or)\\s*[a-z][\\w-]*:[A-Za-z][\\w/-]*)+)\\b.*");
    private static final Pattern PREFIXED_NAME = Pattern.compile("[a-z][\\w-]*:[A-Za-z][\\w/-]*");

    private ParameterOptions() {}

    private static Map<String, List<String>> kinds() {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("actor", List.of("Actor"));
        kinds.put("speaker", List.of("Actor"));
        kinds.put("modality", List.of("modality"));
        kinds.put("claim", List.of("Claim"));
        kinds.put("concession", List.of("Concession"));
        kinds.put("guarantee", List.of("Guarantee"));
        kinds.put("demand", List.of("Demand"));
        kinds.put("sequence", List.of("Sequence"));
        kinds.put("proposal", List.of("Proposal"));
        kinds.put("stage", List.of("NegotiationStage"));
        kinds.put("subject", List.of()); // of a claim: anything, not a claim
        kinds.put("article", List.of("article"));
        kinds.put("source", List.of("article"));
        for (String item : List.of("item", "element", "condition", "outcome", "from", "to", "avoided"))
            kinds.put(item, ITEMS);
        return kinds;
    }

    /** The options for parameter {@code name} described as {@code description}, looked up with {@code select}. */
    public static List<Option> of(
            String name, String description, PrefixMapping prefixes, Function<Query, List<Binding>> select) {
        Matcher listed = PREFIXED_LIST.matcher(description);
        if (listed.matches()) {
            List<Option> options = new ArrayList<>();
            Matcher names = PREFIXED_NAME.matcher(listed.group(1) + listed.group(2));
            while (names.find()) options.add(new Option(names.group(), prefixes.expandPrefix(names.group())));
            return options;
        }
        List<Binding> rows = select.apply(labelled(kind(name, description)));
        return distinguished(rows, prefixes, select);
    }

    /**
     * The classes (local names in the Parley ontology, or a special kind), or an empty list for any resource. The
     * description is read first, as it names the kind more closely ("item: the accepted concession").
     */
    static List<String> kind(String name, String description) {
        Matcher words = WORD.matcher(description.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group().replaceFirst("s$", "");
            if (KINDS.containsKey(word) && !word.equals("to") && !word.equals("from")) return KINDS.get(word);
        }
        return KINDS.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** The example a description gives ("e.g. id:actor/russia"), for a form's placeholder. */
    public static Optional<String> example(String description) {
        Matcher example = EXAMPLE.matcher(description);
        return example.find() ? Optional.of(example.group(1)) : Optional.empty();
    }

    private static Query labelled(List<String> kind) {
        String type;
        if (kind.isEmpty()) type = "";
        else if (kind.equals(List.of("modality"))) type = "?resource skos:inScheme parley:ModalityScheme .";
        else if (kind.equals(List.of("article")))
            type = "VALUES ?class { schema:CreativeWork schema:Article schema:NewsArticle schema:OpinionNewsArticle }"
                    + " ?resource a ?class .";
        else
            type = "VALUES ?class { "
                    + String.join(" ", kind.stream().map(c -> "parley:" + c).toList()) + " }"
                    + " ?resource a/rdfs:subClassOf* ?class .";
        return QueryFactory.create("""
                PREFIX parley: <%s>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX schema: <https://schema.org/>
                SELECT ?resource (MIN(STR(?name)) AS ?label) WHERE {
                  %s
                  ?resource rdfs:label|skos:prefLabel ?name .
                  FILTER(isIRI(?resource))
                } GROUP BY ?resource ORDER BY LCASE(?label) ?resource LIMIT %d
                """.formatted(Parley.NS, type, LIMIT));
    }

    /**
     * Each resource's label as the value to type, unless some other resource in the data has that label too: then its
     * prefixed name, which names it alone.
     */
    private static List<Option> distinguished(
            List<Binding> rows, PrefixMapping prefixes, Function<Query, List<Binding>> select) {
        if (rows.isEmpty()) return List.of();
        Var key = Var.alloc("key");
        Query shared = QueryFactory.create("""
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?key WHERE {
                  ?resource rdfs:label|skos:prefLabel ?name .
                  FILTER(isIRI(?resource) && isLiteral(?name))
                  BIND(LCASE(STR(?name)) AS ?key)
                } GROUP BY ?key HAVING (COUNT(DISTINCT ?resource) > 1)
                """);
        List<Binding> keys = new ArrayList<>();
        rows.forEach(row -> keys.add(BindingFactory.binding(key, NodeFactory.createLiteralString(folded(row)))));
        shared.setValuesDataBlock(List.of(key), keys);
        List<String> ambiguous = select.apply(shared).stream()
                .map(row -> row.get(key).getLiteralLexicalForm())
                .toList();
        List<Option> options = new ArrayList<>();
        for (Binding row : rows) {
            Node resource = row.get("resource");
            String label = row.get("label").getLiteralLexicalForm();
            String name = prefixes.shortForm(resource.getURI());
            options.add(ambiguous.contains(folded(row)) ? new Option(name, label) : new Option(label, name));
        }
        return options;
    }

    private static String folded(Binding row) {
        return row.get("label").getLiteralLexicalForm().toLowerCase(Locale.ROOT);
    }
}
