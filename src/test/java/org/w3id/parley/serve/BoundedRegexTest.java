package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;

class BoundedRegexTest {
    /** 30 a's: plain java.util.regex takes minutes to find that ((a+)+)+b does not match (94 s seen here). */
    private static final String EVIL = "\"" + "a".repeat(30) + "\"";

    /** 34 a's: unbounded, hours; the thread would outlive the client and the server's shutdown. */
    private static final String EVIL_34 = "\"" + "a".repeat(34) + "\"";

    private static final String PATTERN = "\"((a+)+)+b\"";

    private static final String PREFIXES = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#>\n"
            + "PREFIX sparql: <http://www.w3.org/ns/sparql#>\n"
            + "PREFIX afn: <http://jena.apache.org/ARQ/function#>\n"
            + "PREFIX apf: <http://jena.apache.org/ARQ/property#>\n";

    private static Binding eval(String expressions) {
        DatasetGraph store = Stores.inMemory();
        QueryLimits.install(store.getContext());
        return QueryExec.dataset(store)
                .query(QueryFactory.create(PREFIXES + "SELECT * WHERE { " + expressions + " }"))
                .select()
                .next();
    }

    /** The rows the shared server answers to {@code SELECT * WHERE { pattern }}, after a 200. */
    private static List<Binding> served(String pattern) {
        return Http.select(Article.server().sparql(), PREFIXES + "SELECT * WHERE { " + pattern + " }");
    }

    /** One row, in which {@code ?result} is unbound (the abandoned call was an evaluation error) and the query went on. */
    private static void assertAbandoned(String call) {
        List<Binding> rows = served("BIND(" + call + " AS ?result) BIND(\"still here\" AS ?after)");
        assertEquals(1, rows.size(), rows::toString);
        assertFalse(rows.get(0).contains("result"), rows::toString);
        assertEquals("still here", rows.get(0).get("after").getLiteralLexicalForm());
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
    void ordinaryPatternsBehaveAsUsualInTheRegexFunctions() {
        Binding row = eval("BIND(fn:matches(\"Donetsk\", \"^don\", \"i\") AS ?fnMatch)"
                + " BIND(fn:matches(\"Kyiv\", \"^Mos\") AS ?fnMiss)"
                + " BIND(fn:replace(\"fortress belt\", \"e\", \"E\") AS ?fnReplaced)"
                + " BIND(fn:replace(\"Abba\", \"b+\", \"-$0-\") AS ?fnGroups)"
                + " BIND(sparql:regex(\"Donetsk\", \"^Don\") AS ?sparqlMatch)"
                + " BIND(sparql:replace(\"fortress belt\", \"E\", \"3\", \"i\") AS ?sparqlReplaced)"
                + " BIND(fn:apply(fn:matches, \"Kyiv\", \"iv$\") AS ?applied)"
                + " BIND(afn:FN_StrReplace(\"a.b\", \"\\\\.\", \"/\") AS ?byClassName)");
        assertEquals("true", row.get("fnMatch").getLiteralLexicalForm());
        assertEquals("false", row.get("fnMiss").getLiteralLexicalForm());
        assertEquals("fortrEss bElt", row.get("fnReplaced").getLiteralLexicalForm());
        assertEquals("A-bb-a", row.get("fnGroups").getLiteralLexicalForm());
        assertEquals("true", row.get("sparqlMatch").getLiteralLexicalForm());
        assertEquals("fortr3ss b3lt", row.get("sparqlReplaced").getLiteralLexicalForm());
        assertEquals("true", row.get("applied").getLiteralLexicalForm());
        assertEquals("a/b", row.get("byClassName").getLiteralLexicalForm());
    }

    @Test
    void strSplitSplitsAndTrimsAsUsual() {
        List<Binding> rows = served("?part apf:strSplit (\"Kyiv, Donetsk ,Odesa\" \",\")");
        assertEquals(
                List.of("Kyiv", "Donetsk", "Odesa"),
                rows.stream()
                        .map(row -> row.get("part").getLiteralLexicalForm())
                        .toList());
    }

    @Test
    void aCatastrophicPatternIsAbandonedInsteadOfRunningForYears() {
        Binding row = eval("BIND(REGEX(" + EVIL + ", " + PATTERN + ") AS ?match) BIND(REPLACE(" + EVIL + ", " + PATTERN
                + ", \"x\") AS ?replaced)" + " BIND(\"still here\" AS ?after)");
        assertFalse(row.contains("match"), "an abandoned match is an evaluation error, so ?match stays unbound");
        assertFalse(row.contains("replaced"));
        assertEquals("still here", row.get("after").getLiteralLexicalForm());
    }

    @Test
    void fnMatchesIsBounded() {
        assertAbandoned("fn:matches(" + EVIL_34 + ", " + PATTERN + ")");
    }

    @Test
    void fnReplaceIsBounded() {
        assertAbandoned("fn:replace(" + EVIL_34 + ", " + PATTERN + ", \"x\")");
    }

    @Test
    void sparqlRegexIsBounded() {
        assertAbandoned("sparql:regex(" + EVIL_34 + ", " + PATTERN + ")");
    }

    @Test
    void sparqlReplaceIsBounded() {
        assertAbandoned("sparql:replace(" + EVIL_34 + ", " + PATTERN + ", \"x\", \"i\")");
    }

    @Test
    void fnApplyOfARegexFunctionIsBounded() {
        assertAbandoned("fn:apply(fn:matches, " + EVIL_34 + ", " + PATTERN + ")");
    }

    @Test
    void theRegexFunctionsByJavaClassNameAreBounded() {
        assertAbandoned("afn:FN_Matches(" + EVIL_34 + ", " + PATTERN + ")");
        assertAbandoned("<java:org.apache.jena.sparql.function.library.FN_StrReplace>(" + EVIL_34 + ", " + PATTERN
                + ", \"x\")");
    }

    @Test
    void strSplitIsBounded() {
        List<Binding> rows = served(
                "{ ?part apf:strSplit (" + EVIL_34 + " " + PATTERN + ") } UNION { BIND(\"still here\" AS ?after) }");
        assertEquals(1, rows.size(), "an abandoned split yields no rows: " + rows);
        assertEquals("still here", rows.get(0).get("after").getLiteralLexicalForm());
    }

    @Test
    void strSplitByJavaClassNameIsBounded() {
        List<Binding> rows = served("{ ?part <java:org.apache.jena.sparql.pfunction.library.strSplit> (" + EVIL_34 + " "
                + PATTERN + ") } UNION { BIND(\"still here\" AS ?after) }");
        assertEquals(1, rows.size(), "an abandoned split yields no rows: " + rows);
        assertEquals("still here", rows.get(0).get("after").getLiteralLexicalForm());
    }
}
