package org.w3id.parley.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Article;

/** Every inferred triple names the claims it rests on (issue 16): read from the article as loaded. */
class InferredProvenanceTest {
    private static final String PREFIXES = """
            PREFIX parley: <https://w3id.org/parley/ontology#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX id: <https://w3id.org/parley/id/>
            """;

    private static List<String> column(String query, String var) {
        DatasetGraph store = Article.store();
        List<String> values = new ArrayList<>();
        Txn.executeRead(store, () -> {
            try (QueryExec q = QueryExec.dataset(store).query(PREFIXES + query).build()) {
                q.select().forEachRemaining(row -> values.add(String.valueOf(row.get(var))));
            }
        });
        return values;
    }

    @Test
    void theTransitivePreconditionThroughTheStartOfNegotiationsRestsOnTheClaimsOfBothLinks() {
        Set<String> restsOn = new TreeSet<>(column("""
                SELECT ?claim WHERE { GRAPH <https://w3id.org/parley/id/graph/inferred> {
                  ?a a owl:Axiom ; owl:annotatedSource <https://w3id.org/parley/id/stage/later-round-of-negotiations> ;
                     owl:annotatedProperty parley:hasPrecondition ;
                     owl:annotatedTarget <https://w3id.org/parley/id/concession/withdrawal-from-donetsk> ;
                     parley:restsOn ?claim } }""", "claim"));
        // the claims that hold a link of the chain withdrawal → start of negotiations → later round, or the direct one
        Set<String> links = new TreeSet<>(column("""
                SELECT DISTINCT ?claim WHERE {
                  VALUES (?from ?to) {
                    (<https://w3id.org/parley/id/concession/withdrawal-from-donetsk> <https://w3id.org/parley/id/stage/start-of-negotiations>)
                    (<https://w3id.org/parley/id/stage/start-of-negotiations> <https://w3id.org/parley/id/stage/later-round-of-negotiations>)
                    (<https://w3id.org/parley/id/concession/withdrawal-from-donetsk> <https://w3id.org/parley/id/stage/later-round-of-negotiations>) }
                  GRAPH ?claim { ?from parley:isPreconditionFor ?to } ?claim a parley:Claim }""", "claim"));
        assertEquals(links, restsOn);
        assertTrue(
                restsOn.contains(
                        "https://w3id.org/parley/id/claim/russian-officials-withdrawal-precondition-for-negotiations"),
                "the first link is the Russian officials' " + restsOn);
        assertTrue(
                restsOn.contains("https://w3id.org/parley/id/claim/moscow-hopes-negotiations-move-on-to-other-topics"),
                "the second is Moscow's hope " + restsOn);
    }

    @Test
    void everyAnnotationIsOfAnInferredTripleAndNamesOnlyClaims() {
        List<String> annotations = column("""
                SELECT ?a WHERE { GRAPH <https://w3id.org/parley/id/graph/inferred> { ?a a owl:Axiom } }""", "a");
        assertTrue(annotations.size() >= 10, "the article's entailments are annotated: " + annotations.size());
        assertEquals(List.of(), column("""
                SELECT ?a WHERE { GRAPH <https://w3id.org/parley/id/graph/inferred> {
                  ?a a owl:Axiom ; owl:annotatedSource ?s ; owl:annotatedProperty ?p ; owl:annotatedTarget ?o
                  FILTER NOT EXISTS { ?s ?p ?o } } }""", "a"));
        assertEquals(List.of(), column("""
                SELECT ?c WHERE { GRAPH <https://w3id.org/parley/id/graph/inferred> { ?a parley:restsOn ?c }
                  FILTER NOT EXISTS { GRAPH <https://w3id.org/parley/id/graph/claims> { ?c a parley:Claim } } }""", "c"));
        assertFalse(
                column("""
                                SELECT ?s WHERE { GRAPH <https://w3id.org/parley/id/graph/inferred> { ?s a parley:NegotiationElement }
                                  FILTER NOT EXISTS { GRAPH <https://w3id.org/parley/id/graph/inferred> { ?a owl:annotatedSource ?s } } }""", "s").isEmpty(),
                "types inferred from the entities' own descriptions rest on no claim and carry no annotation");
    }
}
