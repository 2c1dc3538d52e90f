package org.w3id.parley.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SparqlFileTest {

    @Test
    void parametersSplitAtSemicolonsOutsideParentheses() {
        SparqlFile file = SparqlFile.parse("q", """
                #+ summary: S
                #+ params: requirer: the actor (optional; restricts "refused sequence" rows); refuser: the other; x y: not a name
                SELECT * { ?s ?p ?o }
                """);
        assertEquals(
                Map.of("requirer", "the actor (optional; restricts \"refused sequence\" rows)", "refuser", "the other"),
                file.parameters());
    }

    @Test
    void aQueryWithoutParametersHasNone() {
        assertEquals(Map.of(), SparqlFile.parse("q", "#+ summary: S\nASK {}").parameters());
    }
}
