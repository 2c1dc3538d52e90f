package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.w3id.parley.store.Stores;

class BoundedRegexTest {
    /** 30 a's: plain java.util.regex takes minutes to find that ((a+)+)+b does not match (94 s seen here). */
    private static final String EVIL = "\"" + "a".repeat(30) + "\"";

    private static final String PATTERN = "\"((a+)+)+b\"";

    private static Binding eval(String expressions) {
        DatasetGraph store = Stores.inMemory();
        BoundedRegex.install(store.getContext());
        return QueryExec.dataset(store)
                .query(QueryFactory.create("SELECT * WHERE { " + expressions + " }"))
                .select()
                .next();
    }

    @Test
    void ordinaryPatternsBehaveAsUsual() {
        Binding row = eval(
                "BIND(REGEX(\"Donetsk\", \"^don\", \"i\") AS ?match) BIND(REPLACE(\"fortress belt\", \"e\", \"E\") AS ?replaced)"
                        + " BIND(REGEX(\"Kyiv\", \"^Mos\") AS ?miss)");
        assertEquals("true", row.get("match").getLiteralLexicalForm());
        assertEquals("false", row.get("miss").getLiteralLexicalForm());
        assertEquals("fortrEss bElt", row.get("replaced").getLiteralLexicalForm());
    }

    @Test
    void aCatastrophicPatternIsAbandonedInsteadOfRunningForYears() {
        Binding row = eval("BIND(REGEX(" + EVIL + ", " + PATTERN + ") AS ?match) BIND(REPLACE(" + EVIL + ", " + PATTERN
                + ", \"x\") AS ?replaced)" + " BIND(\"still here\" AS ?after)");
        assertFalse(row.contains("match"), "an abandoned match is an evaluation error, so ?match stays unbound");
        assertFalse(row.contains("replaced"));
        assertEquals("still here", row.get("after").getLiteralLexicalForm());
    }
}
