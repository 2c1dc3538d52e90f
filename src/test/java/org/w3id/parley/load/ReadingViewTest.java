package org.w3id.parley.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;

/**
 * The default graph is a reading view (issue 16): what the article states as fact, never a position, never a
 * contradiction; every position stays reachable in its claim's graph with its modality.
 */
class ReadingViewTest {
    private static final String PREFIXES = """
            PREFIX parley: <https://w3id.org/parley/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX id: <https://w3id.org/parley/id/>
            """;
    private static final String INFERRED = "<https://w3id.org/parley/id/graph/inferred>";
    private static final String PROPOSAL = "<https://w3id.org/parley/id/proposal/territory-for-security-guarantees>";
    private static final String PEACE_DEAL = "<https://w3id.org/parley/id/outcome/peace-deal>";

    private static List<Binding> rows(String query) {
        DatasetGraph store = Article.store();
        List<Binding> rows = new ArrayList<>();
        Txn.executeRead(store, () -> {
            try (QueryExec q = QueryExec.dataset(store).query(PREFIXES + query).build()) {
                // detached inside the transaction: TDB2's rows decode their values lazily, and could not after it
                q.select().forEachRemaining(b -> rows.add(b.detach()));
            }
        });
        return rows;
    }

    private static boolean ask(String query) {
        DatasetGraph store = Article.store();
        return Txn.calculateRead(store, () -> {
            try (QueryExec q = QueryExec.dataset(store).query(PREFIXES + query).build()) {
                return q.ask();
            }
        });
    }

    /** Triples of claim graphs that no asserted claim supports and no other graph of data states. */
    private static final String POSITIONS_ONLY = """
            GRAPH ?c { ?s ?p ?o } ?c a parley:Claim .
            FILTER NOT EXISTS { GRAPH ?c2 { ?s ?p ?o } ?c2 parley:modality parley:asserted }
            FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?g a parley:Claim } FILTER (?g != %s) }
            """.formatted(INFERRED);

    @Test
    void noTripleOnlyPredictedHedgedRecommendedReportedOrQuotedClaimsSupportIsAFact() {
        List<Binding> positions = rows("SELECT DISTINCT ?s ?p ?o WHERE { " + POSITIONS_ONLY + " }");
        assertTrue(positions.size() >= 40, "most of the article's claim triples are positions: " + positions.size());
        assertEquals(
                List.of(),
                rows("SELECT DISTINCT ?s ?p ?o WHERE { " + POSITIONS_ONLY + " ?s ?p ?o }"),
                "positions read as facts without GRAPH");
    }

    @Test
    void noPairOfConflictingPropertiesHoldsInTheView() {
        String conflicting = """
                { ?p parley:conflictsWith ?q } UNION { ?q parley:conflictsWith ?p }
                ?p2 rdfs:subPropertyOf* ?p . ?q2 rdfs:subPropertyOf* ?q .
                """;
        assertFalse(
                rows("SELECT * WHERE { " + conflicting + " GRAPH ?c1 { ?s ?p2 ?o } GRAPH ?c2 { ?s ?q2 ?o } }")
                        .isEmpty(),
                "the claims do contradict each other");
        assertEquals(List.of(), rows("SELECT * WHERE { " + conflicting + " ?s ?p2 ?o . ?s ?q2 ?o }"));
    }

    @Test
    void plainQuestionsStillAnswer() {
        assertTrue(ask("ASK { id:actor\\/russia rdfs:label \"Russia\"@en ; a parley:Actor }"), "labels and types");
        long claims = rows("SELECT ?c WHERE { GRAPH <https://w3id.org/parley/id/graph/claims> { ?c a parley:Claim } }")
                .size();
        assertEquals(
                claims,
                rows("SELECT ?c WHERE { ?c a parley:Claim ; parley:statedBy ?who ; parley:modality ?m }")
                        .size(),
                "every claim with its speaker and modality");
        List<Binding> asserted = rows("""
                SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?c { ?s ?p ?o } ?c parley:modality parley:asserted
                  FILTER NOT EXISTS { { ?p parley:conflictsWith ?q } UNION { ?q parley:conflictsWith ?p }
                                      GRAPH ?other { ?s ?q ?o } } }""");
        assertTrue(asserted.size() >= 5, "the author asserts links of her own: " + asserted.size());
        assertEquals(List.of(), rows("""
                        SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?c { ?s ?p ?o } ?c parley:modality parley:asserted
                          FILTER NOT EXISTS { { ?p parley:conflictsWith ?q } UNION { ?q parley:conflictsWith ?p }
                                              GRAPH ?other { ?s ?q ?o } }
                          FILTER NOT EXISTS { ?s ?p ?o } }"""), "each of the author's own uncontested links is a fact");
    }

    @Test
    void theFrameworksCouldLeadToAndDoesNotLeadToArePositionsWithTheirModalities() {
        assertFalse(ask("ASK { " + PROPOSAL + " ?p " + PEACE_DEAL + " }"), "neither reads as a fact");
        Map<String, String> modalityByProperty = new TreeMap<>();
        rows("""
                SELECT ?p ?m WHERE { GRAPH ?c { %s ?p %s } ?c a parley:Claim ; parley:modality ?m }""".formatted(PROPOSAL, PEACE_DEAL))
                .forEach(row -> modalityByProperty.put(
                        row.get("p").getLocalName(), row.get("m").getLocalName()));
        assertEquals(Map.of("doesNotLeadTo", "predicted", "couldLeadTo", "reported"), modalityByProperty);
    }

    @Test
    void aPlainQueryAtTheServersEndpointSeesTheView() {
        String sparql = Article.server().sparql();
        assertEquals(
                List.of(),
                Http.select(sparql, PREFIXES + "SELECT ?p WHERE { " + PROPOSAL + " ?p " + PEACE_DEAL + " }"));
        assertEquals(
                1,
                Http.select(
                                sparql,
                                PREFIXES + "SELECT ?p WHERE { GRAPH ?c { " + PROPOSAL + " parley:couldLeadTo "
                                        + PEACE_DEAL + " } }")
                        .size(),
                "with GRAPH the position is there");
        assertEquals(
                "Russia",
                Http.select(sparql, PREFIXES + "SELECT ?l WHERE { id:actor\\/russia rdfs:label ?l }")
                        .get(0)
                        .get("l")
                        .getLiteralLexicalForm());
    }
}
