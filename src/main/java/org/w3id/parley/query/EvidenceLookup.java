package org.w3id.parley.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.w3id.parley.Resources;

/**
 * Finds the claims a result row rests on and looks up their evidence. A query names its supporting
 * claims in columns called {@code claim} or ending in {@code Claim} (one IRI each), or called
 * {@code claims} or ending in {@code Claims} (space-separated IRIs, as GROUP_CONCAT gives them).
 */
public final class EvidenceLookup {
    private static final String QUERY = Resources.text("evidence/claims.rq");
    private static final Var CLAIM = Var.alloc("claim");

    static boolean isClaimColumn(String var) {
        return var.equals("claim") || var.endsWith("Claim") || var.equals("claims") || var.endsWith("Claims");
    }

    public static boolean hasClaimColumns(List<Var> vars) {
        return vars.stream().map(Var::getVarName).anyMatch(EvidenceLookup::isClaimColumn);
    }

    /** The claim IRIs a row names, in column order, without repeats. */
    static List<String> claimsOf(Binding row, List<Var> vars) {
        Set<String> claims = new LinkedHashSet<>();
        for (Var var : vars) {
            Node value = row.get(var);
            if (value == null || !isClaimColumn(var.getVarName())) continue;
            if (value.isURI()) {
                claims.add(value.getURI());
            } else if (value.isLiteral()) {
                // Every piece, empty ones too (limit -1): those fail the well-formedness check anyway. Checked at all
                // because results may come from a remote endpoint.
                for (String iri : value.getLiteralLexicalForm().split("\\s+", -1)) {
                    if (Parameters.isWellFormed(iri)) claims.add(iri);
                }
            }
        }
        return new ArrayList<>(claims);
    }

    /** Evidence for every row, in row order; {@code select} runs a query against the same store or endpoint. */
    public static List<List<Evidence>> forRows(
            List<Binding> rows, List<Var> vars, Function<Query, List<Binding>> select) {
        List<List<String>> claimsPerRow =
                rows.stream().map(row -> claimsOf(row, vars)).toList();
        Set<String> all = new LinkedHashSet<>();
        claimsPerRow.forEach(all::addAll);
        Map<String, Evidence> byClaim = lookup(all, select);
        return claimsPerRow.stream()
                .map(claims ->
                        claims.stream().map(byClaim::get).filter(e -> e != null).toList())
                .toList();
    }

    public static Map<String, Evidence> lookup(Collection<String> claims, Function<Query, List<Binding>> select) {
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        if (claims.isEmpty()) return evidence;
        Query query = QueryFactory.create(QUERY);
        List<Binding> values = claims.stream()
                .map(iri -> BindingFactory.binding(CLAIM, NodeFactory.createURI(iri)))
                .toList();
        // The claims go first inside the pattern, so the lookup starts from them rather than from every claim.
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementData(List.of(CLAIM), values));
        pattern.addElement(query.getQueryPattern());
        query.setQueryPattern(pattern);
        for (Binding row : select.apply(query))
            evidence.putIfAbsent(
                    row.get(CLAIM).getURI(),
                    new Evidence(
                            row.get(CLAIM).getURI(),
                            text(row, "label"),
                            row.get("speaker").getURI(),
                            text(row, "speakerLabel"),
                            row.get("modality").getURI(),
                            text(row, "modalityLabel"),
                            row.get("source").getURI(),
                            text(row, "exact"),
                            number(row, "start"),
                            number(row, "end"),
                            row.get("holder") == null ? "" : row.get("holder").getURI(),
                            text(row, "holderLabel")));
        return evidence;
    }

    private static String text(Binding row, String var) {
        Node node = row.get(var);
        return node == null ? "" : node.getLiteralLexicalForm();
    }

    private static long number(Binding row, String var) {
        return Long.parseLong(row.get(var).getLiteralLexicalForm());
    }

    private EvidenceLookup() {}
}
