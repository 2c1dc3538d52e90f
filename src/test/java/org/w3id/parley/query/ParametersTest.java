package org.w3id.parley.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Article;

/** What a bound query looks like as text, which is what a remote endpoint receives. */
class ParametersTest {
    private static final String ITEM = "<https://w3id.org/parley/id/concession/withdrawal-from-donetsk>";
    private static final QueryRunner ARTICLE = QueryRunner.local(Article.store());

    @Test
    void aBoundGroupKeyIsProjectedOnceAndNotGroupedOn() {
        Query bound = ARTICLE.bind(QueryRunner.parse(NamedQueries.all().get("chains")), Map.of("item", ITEM));
        Var item = Var.alloc("item");
        assertTrue(bound.getProject().contains(item));
        assertFalse(bound.getGroupBy().contains(item), () -> "GROUP BY " + bound.getGroupBy());
        assertEquals(8, bound.getGroupBy().size(), "the other keys stay");
        Query reread = QueryFactory.create(bound.toString(), Syntax.syntaxSPARQL_11); // standard SPARQL, or it throws
        assertEquals(bound.getGroupBy(), reread.getGroupBy());
        assertEquals(bound.getProject(), reread.getProject());
    }

    @Test
    void aQueryGroupedOnlyByTheBoundVariableKeepsThatKey() {
        Query query = QueryFactory.create("SELECT ?x (COUNT(*) AS ?n) WHERE { ?x ?p ?o } GROUP BY ?x");
        Query bound = ARTICLE.bind(query, Map.of("x", ITEM));
        assertEquals(1, bound.getGroupBy().size(), "without any key an empty store would answer one row, n = 0");
    }

    @Test
    void aVariableMatchedAgainstTheDataTakesAResourceAndOneOnlyComputedWithTakesALiteral() {
        Query echo = QueryFactory.create("SELECT ?value WHERE { BIND(?value AS ?copy) }");
        Query bound = ARTICLE.bind(echo, Map.of("value", "Washington"));
        assertEquals("\"Washington\"", bound.getQueryPattern().toString().replaceAll("(?s).*BIND\\((\\S+) AS.*", "$1"));

        Query actor = QueryFactory.create(
                "SELECT ?claim WHERE { ?claim <https://w3id.org/parley/ontology#statedBy> ?actor }");
        assertTrue(
                ARTICLE.bind(actor, Map.of("actor", "Washington"))
                        .toString()
                        .contains("<https://w3id.org/parley/id/actor/washington>"),
                "the label resolved to the actor");
    }
}
