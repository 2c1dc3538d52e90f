package org.w3id.parley.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * The named queries read the closure the loader materialises instead of walking property paths: this checks, on a
 * loaded store, that each single pattern they use answers exactly what the path it stands for answers.
 */
public final class ClosureCheck {
    private static final String PREFIXES = """
            PREFIX parley: <https://w3id.org/parley/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static final List<List<String>> STANDS_FOR = List.of(
            List.of(
                    "?a parley:isPreconditionFor ?b",
                    "?a (parley:isPreconditionFor|^parley:hasPrecondition|^parley:contingentOn)+ ?b"),
            List.of(
                    "?a a parley:Concession . BIND (0 AS ?b)",
                    "?a a/rdfs:subClassOf* parley:Concession . BIND (0 AS ?b)"),
            List.of("?a a parley:Actor . BIND (0 AS ?b)", "?a a/rdfs:subClassOf* parley:Actor . BIND (0 AS ?b)"));

    public static void assertMaterialised(DatasetGraph store) {
        for (List<String> pair : STANDS_FOR) {
            Set<List<String>> materialised = pairs(store, pair.get(0));
            assertFalse(materialised.isEmpty(), pair.get(0));
            assertEquals(
                    pairs(store, pair.get(1)),
                    materialised,
                    () -> pair.get(0) + " should answer what " + pair.get(1) + " does");
        }
    }

    private static Set<List<String>> pairs(DatasetGraph store, String pattern) {
        return Txn.calculateRead(store, () -> {
            Set<List<String>> rows = new HashSet<>();
            QueryExec.dataset(store)
                    .query(PREFIXES + "SELECT DISTINCT ?a ?b { " + pattern + " }")
                    .select()
                    .forEachRemaining(b ->
                            rows.add(List.of(b.get("a").toString(), b.get("b").toString())));
            return rows;
        });
    }

    private ClosureCheck() {}
}
