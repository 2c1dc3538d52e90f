package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;

/** Against the shared server: strings a query builds stop at {@link BoundedStrings#MAX_CHARS}, the query goes on. */
class BoundedStringsTest {
    private static final String SEED = "x".repeat(64);

    /** {@code ?v0} is 64 characters; each {@code ?vN} is {@code ?v(N-1)} written twice, by {@code concat}. */
    private static String doublings(int times, String concat) {
        return doublings(SEED, times, concat);
    }

    private static String doublings(String seed, int times, String concat) {
        return "BIND(\"" + seed + "\" AS ?v0) "
                + IntStream.rangeClosed(1, times)
                        .mapToObj(n -> "BIND(" + concat + "(?v" + (n - 1) + ", ?v" + (n - 1) + ") AS ?v" + n + ")")
                        .collect(Collectors.joining(" "));
    }

    private static Binding one(String select, String pattern) {
        List<Binding> rows = Http.select(
                Article.server().sparql(),
                "PREFIX fn: <http://www.w3.org/2005/xpath-functions#>\nSELECT " + select + " WHERE { " + pattern
                        + " }");
        assertEquals(1, rows.size(), rows::toString);
        return rows.get(0);
    }

    private static int length(Binding row, String var) {
        return row.get(var).getLiteralLexicalForm().length();
    }

    /**
     * The attack from outside: 24 doublings of 64 characters is a billion-character string; three such queries at once
     * filled a 6 GB heap. Doubling stops after the last string within the bound (64 × 2^17 = 8,388,608).
     */
    @Test
    void concatStopsDoublingAtTheBound() {
        Binding row = one(
                "(STRLEN(?v17) AS ?len17) (BOUND(?v18) AS ?has18) (BOUND(?v24) AS ?has24)", doublings(24, "CONCAT"));
        assertEquals("8388608", row.get("len17").getLiteralLexicalForm());
        assertEquals("false", row.get("has18").getLiteralLexicalForm());
        assertEquals("false", row.get("has24").getLiteralLexicalForm());
    }

    @Test
    void fnConcatStopsAtTheBoundToo() {
        Binding row = one("(STRLEN(?v17) AS ?len17) (BOUND(?v18) AS ?has18)", doublings(18, "fn:concat"));
        assertEquals("8388608", row.get("len17").getLiteralLexicalForm());
        assertEquals("false", row.get("has18").getLiteralLexicalForm());
    }

    @Test
    void groupConcatStopsAtTheBound() {
        String eightMillion = doublings(17, "CONCAT");
        Binding one = one("(STRLEN(GROUP_CONCAT(?v17)) AS ?len)", "VALUES ?i { 1 } " + eightMillion);
        assertEquals("8388608", one.get("len").getLiteralLexicalForm());
        Binding two = one("(GROUP_CONCAT(?v17) AS ?joined) (COUNT(*) AS ?rows)", "VALUES ?i { 1 2 } " + eightMillion);
        assertEquals("2", two.get("rows").getLiteralLexicalForm());
        assertFalse(two.contains("joined"), "two strings of 8,388,608 characters joined are past the bound");
        Binding distinct = one(
                "(GROUP_CONCAT(DISTINCT ?s) AS ?joined)",
                "VALUES ?i { 1 2 } " + eightMillion + " BIND(CONCAT(?v17, STR(?i)) AS ?s)");
        assertFalse(distinct.contains("joined"), "DISTINCT is bounded the same way");
    }

    /** {@code REPLACE(?s, "y", ?s)} writes {@code ?s} for each of its own characters: its length squared. */
    @Test
    void replaceCannotSquareAString() {
        Binding small = one("(STRLEN(REPLACE(?s, \"y\", ?s)) AS ?len)", "BIND(\"" + "y".repeat(1000) + "\" AS ?s)");
        assertEquals("1000000", small.get("len").getLiteralLexicalForm());
        Binding big =
                one("(REPLACE(?s, \"y\", ?s) AS ?r) (\"after\" AS ?after)", "BIND(\"" + "y".repeat(4000) + "\" AS ?s)");
        assertFalse(big.contains("r"), "4000 × 4000 characters are past the bound");
        assertEquals("after", big.get("after").getLiteralLexicalForm());
    }

    /**
     * Each call at most multiplies its input by a constant (six for "é": %C3%A9), but chained calls would compound: the
     * result is checked, so 2^21 é's (under the bound) do not encode into 12,582,912 characters (over it).
     */
    @Test
    void encodeForUriIsBounded() {
        Binding row = one(
                "(STRLEN(ENCODE_FOR_URI(?v20)) AS ?len20) (BOUND(?e21) AS ?has21)",
                doublings("é", 21, "CONCAT") + " BIND(ENCODE_FOR_URI(?v21) AS ?e21)");
        assertEquals(Integer.toString(6 * (1 << 20)), row.get("len20").getLiteralLexicalForm());
        assertEquals("false", row.get("has21").getLiteralLexicalForm());
    }

    @Test
    void ordinaryStringsAreUntouched() {
        Binding row = one(
                "(SAMPLE(CONCAT(UCASE(?a), \"-\", LCASE(?b), \"-\", ENCODE_FOR_URI(?c))) AS ?s)"
                        + " (GROUP_CONCAT(?a; separator=\"+\") AS ?g)",
                "VALUES (?a ?b ?c) { (\"kyiv\" \"MOSCOW\" \"Donetsk oblast\") (\"lviv\" \"MOSCOW\" \"Donetsk oblast\") }");
        assertTrue(row.get("s").getLiteralLexicalForm().matches("(KYIV|LVIV)-moscow-Donetsk%20oblast"), row::toString);
        assertTrue(Set.of("kyiv+lviv", "lviv+kyiv").contains(row.get("g").getLiteralLexicalForm()), row::toString);
    }
}
