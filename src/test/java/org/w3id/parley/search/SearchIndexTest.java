package org.w3id.parley.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.Test;
import org.w3id.parley.publish.Published;
import org.w3id.parley.testing.Article;

/** The index of the article: what it holds, and {@code text:query} over it, checked against the store itself. */
class SearchIndexTest {
    static final String PREFIXES = """
            PREFIX text:   <http://jena.apache.org/text#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX oa:     <http://www.w3.org/ns/oa#>
            PREFIX cnt:    <http://www.w3.org/2011/content#>
            PREFIX parley: <https://w3id.org/parley/ontology#>
            """;

    private static final DatasetGraph store = Article.store();

    /** The values of {@code variable} in the answers to {@code select} over {@code dataset}. */
    static Set<String> column(DatasetGraph dataset, String select, String variable) {
        return Txn.calculateRead(dataset, () -> {
            Set<String> values = new TreeSet<>();
            try (QueryExecution exec = QueryExecution.create(PREFIXES + select, DatasetFactory.wrap(dataset))) {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    if (row.get(variable) != null) values.add(row.get(variable).toString());
                }
            }
            return values;
        });
    }

    @Test
    void theIndexHoldsOneDocumentPerLabelCommentQuoteAndText() throws IOException {
        long expected = Published.count(store, PREFIXES + """
                SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o }
                  VALUES ?p { rdfs:label rdfs:comment skos:definition oa:exact cnt:chars } FILTER isLiteral(?o) } }""");
        try (DirectoryReader reader =
                DirectoryReader.open(SearchIndex.of(store).orElseThrow().directory())) {
            assertEquals(expected, reader.numDocs());
        }
        assertTrue(expected > 100, "the article has labels, comments, quotes and its text: " + expected);
    }

    @Test
    void textQueryFindsTheDonetskDemandByItsLabel() {
        Set<String> found = column(store, "SELECT ?s WHERE { ?s text:query (rdfs:label \"Donetsk\") }", "s");
        Set<String> labelled =
                column(store, "SELECT ?s WHERE { ?s rdfs:label ?l FILTER CONTAINS(LCASE(STR(?l)), \"donetsk\") }", "s");
        assertTrue(
                found.contains("https://w3id.org/parley/id/demand/ukrainian-withdrawal-from-donetsk"), found::toString);
        assertEquals(labelled, found, "exactly the resources whose label has the word");
    }

    @Test
    void textQueryOnQuotesFindsTheClaimsQuotingDonetsk() {
        Set<String> claims = column(store, """
                SELECT ?claim WHERE { ?selector text:query (oa:exact "Donetsk") .
                  ?target oa:hasSelector ?selector . ?claim parley:hasQuote ?target }""", "claim");
        Set<String> quoting = column(store, """
                SELECT ?claim WHERE { ?claim parley:hasQuote/oa:hasSelector/oa:exact ?exact
                  FILTER CONTAINS(LCASE(?exact), "donetsk") }""", "claim");
        assertEquals(quoting, claims);
        assertTrue(
                claims.contains(
                        "https://w3id.org/parley/id/claim/russian-officials-withdrawal-precondition-for-negotiations"),
                claims::toString);
    }

    @Test
    void textQueryKnowsTheNamedGraphOfEachHit() {
        Set<String> graphs =
                column(store, "SELECT ?g WHERE { GRAPH ?g { ?s text:query (rdfs:label \"Donetsk\") } }", "g");
        Set<String> holding = column(
                store,
                "SELECT ?g WHERE { GRAPH ?g { ?s rdfs:label ?l FILTER CONTAINS(LCASE(STR(?l)), \"donetsk\") } }",
                "g");
        assertEquals(holding, graphs);
    }

    @Test
    void wordsAreMatchedByTheirStemAndTheSourceTextIsIndexed() {
        Set<String> texts = column(store, "SELECT ?t WHERE { ?t text:query (cnt:chars \"conceding\") }", "t");
        assertEquals(Set.of("https://w3id.org/parley/id/text/conceding-donetsk"), texts);
    }

    @Test
    void theSearchGroupsHitsByResourceAndShowsAQuoteAsItsClaim() {
        List<SearchHit> hits = Search.of(store).orElseThrow().find("\"precondition for starting negotiations\"", 20);
        List<String> iris = hits.stream().map(h -> h.resource().getURI()).toList();
        assertEquals(iris.stream().distinct().toList(), iris, "each resource once");
        SearchHit claim = hits.stream()
                .filter(h -> h.resource()
                        .getURI()
                        .endsWith("/claim/russian-officials-withdrawal-precondition-for-negotiations"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(iris.toString()));
        assertTrue(claim.fields().contains(SearchFields.QUOTE), claim.fields()::toString);
        assertTrue(
                claim.snippet().stream().anyMatch(s -> s.marked() && s.text().equalsIgnoreCase("precondition")),
                claim.snippet()::toString);
        for (int i = 1; i < hits.size(); i++)
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), "best first");
        assertFalse(iris.stream().anyMatch(iri -> iri.endsWith("#quote")), "no selector is shown for itself: " + iris);
    }

    @Test
    void aMalformedSearchIsRefusedNamingTheProblem() {
        Search search = Search.of(store).orElseThrow();
        BadSearch bad = assertThrows(BadSearch.class, () -> search.find("\"Donetsk", 10));
        assertTrue(bad.getMessage().contains("cannot be parsed"), bad.getMessage());
        assertThrows(BadSearch.class, () -> search.find("Donetsk", Search.MAX_LIMIT + 1));
        assertThrows(BadSearch.class, () -> search.find(" ", 10));
    }

    @Test
    void textQueryAsksLuceneForAtMostTheBound() {
        assertEquals(ServedTextIndex.MAX_HITS, ServedTextIndex.bounded(Integer.MAX_VALUE));
        assertEquals(ServedTextIndex.MAX_HITS, ServedTextIndex.bounded(-1));
        assertEquals(7, ServedTextIndex.bounded(7));
    }
}
