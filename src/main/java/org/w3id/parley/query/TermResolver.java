package org.w3id.parley.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Turns what a person types for a resource parameter into the one resource of the data it names: an IRI (with or
 * without angle brackets), a prefixed name ({@code id:actor/russia}, with the query's, the store's and Parley's own
 * prefixes), a path under the base ({@code /id/actor/russia} for {@code https://w3id.org/parley/id/actor/russia}) or a label ({@code rdfs:label} or
 * {@code skos:prefLabel}, exact but for case, any language). Anything else, a label of several resources, and an IRI
 * that is nowhere in the data are {@link UnresolvedParameter}s: each could only give an empty answer, which would
 * read as "none" when it means "not understood".
 *
 * <p>The data is asked through SPARQL, so the same resolution serves a local store and a remote endpoint.
 */
public final class TermResolver {
    /** At most this many resources are named when a label is ambiguous; the message must stay readable. */
    static final int MAX_CANDIDATES = 10;

    private static final Var VALUE = Var.alloc("value");
    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][\\w.-]*)?:(\\S*)");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");

    /** Is the IRI anywhere in the data, in any position, in the default graph or a named one? */
    private static final Query MENTIONED = QueryFactory.create("""
            SELECT (1 AS ?found) WHERE {
              { ?value ?p ?o } UNION { ?s ?value ?o } UNION { ?s ?p ?value }
              UNION { GRAPH ?g { ?value ?p ?o } } UNION { GRAPH ?g { ?s ?value ?o } }
              UNION { GRAPH ?g { ?s ?p ?value } } UNION { GRAPH ?value { ?s ?p ?o } }
            } LIMIT 1
            """);

    /** The resources labelled with the text, whatever its case and language. */
    private static final Query LABELLED = QueryFactory.create("""
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?resource ?label WHERE {
              VALUES ?property { rdfs:label skos:prefLabel }
              # labels as written in the named graphs, so one written since the last load counts too
              { ?resource ?property ?label } UNION { GRAPH ?g { ?resource ?property ?label } }
              FILTER(isIRI(?resource) && isLiteral(?label) && LCASE(STR(?label)) = LCASE(STR(?value)))
            } ORDER BY ?resource ?label LIMIT 100
            """);

    private final Function<Query, List<Binding>> select;
    private final Map<String, String> prefixes;
    private final String base;

    /**
     * @param select   runs a SELECT query against the data
     * @param prefixes the prefixes a value may use besides the query's own: the store's and Parley's
     * @param base     what a path is under, ending in {@code /}: the IRIs a server answers for at the same paths, so
     *                 the path of a resource's page names the resource
     */
    public TermResolver(Function<Query, List<Binding>> select, Map<String, String> prefixes, String base) {
        this.select = select;
        this.prefixes = Map.copyOf(prefixes);
        this.base = base;
    }

    /** The resource {@code value} names, for the parameter {@code name} of a query with {@code queryPrefixes}. */
    public Node resolve(String name, String value, PrefixMapping queryPrefixes) {
        String text = value.strip();
        String iri = asIri(text, queryPrefixes);
        if (iri == null) return byLabel(name, text);
        if (!Parameters.isWellFormed(iri))
            throw new UnresolvedParameter(name, "'" + text + "' is not a well-formed IRI.");
        Node node = NodeFactory.createURI(iri);
        if (select.apply(with(MENTIONED, NodeFactory.createURI(iri))).isEmpty())
            throw new UnresolvedParameter(name, "no resource <" + iri + "> in the data.");
        return node;
    }

    /** The IRI the text spells, or null when it can only be a label. */
    private String asIri(String text, PrefixMapping queryPrefixes) {
        if (text.startsWith("<") && text.endsWith(">")) return text.substring(1, text.length() - 1);
        if (text.startsWith("/") && !text.startsWith("//") && text.chars().noneMatch(Character::isWhitespace))
            return base + text.substring(1);
        Matcher prefixed = PREFIXED.matcher(text);
        if (prefixed.matches()) {
            String prefix = prefixed.group(1) == null ? "" : prefixed.group(1);
            String namespace = queryPrefixes.getNsPrefixURI(prefix);
            if (namespace == null) namespace = prefixes.get(prefix);
            if (namespace != null) return namespace + prefixed.group(2);
        }
        if (SCHEME.matcher(text).matches() && Parameters.isWellFormed(text)) return text;
        return null;
    }

    private Node byLabel(String name, String text) {
        Map<String, String> labelled = new LinkedHashMap<>(); // resource to its first matching label
        for (Binding row : select.apply(with(LABELLED, NodeFactory.createLiteralString(text))))
            labelled.putIfAbsent(row.get("resource").getURI(), row.get("label").getLiteralLexicalForm());
        if (labelled.size() == 1)
            return NodeFactory.createURI(labelled.keySet().iterator().next());
        if (labelled.isEmpty())
            throw new UnresolvedParameter(
                    name,
                    "'" + text + "' names nothing in the data. Give an IRI (<https://…> or https://…), a prefixed"
                            + " name (id:actor/russia), a path under " + base + " (/id/actor/russia) or the"
                            + " label of a resource (Washington).");
        throw new UnresolvedParameter(
                name,
                "'" + text + "' is the label of " + labelled.size() + " resources: "
                        + labelled.entrySet().stream()
                                .limit(MAX_CANDIDATES)
                                .map(e -> "<" + e.getKey() + "> \"" + e.getValue() + "\"")
                                .collect(Collectors.joining(", "))
                        + (labelled.size() > MAX_CANDIDATES ? ", …" : "") + ". Give the IRI of the one meant.");
    }

    private static Query with(Query query, Node value) {
        return QueryTransformOps.syntaxSubstitute(query, Map.of(VALUE, value));
    }
}
