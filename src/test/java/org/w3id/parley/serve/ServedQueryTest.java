package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;

/** What the shared server refuses before running a query, and what it still runs. */
class ServedQueryTest {
    private static final String PREFIXES = "PREFIX afn: <http://jena.apache.org/ARQ/function#>\n"
            + "PREFIX apf: <http://jena.apache.org/ARQ/property#>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
            + "PREFIX parley: <https://w3id.org/parley/ontology#>\n";

    private static HttpResponse<String> ask(String query) {
        return Http.query(Article.server().sparql(), PREFIXES + query, "application/sparql-results+json");
    }

    private static void assertRefused(String query, String named) {
        HttpResponse<String> response = ask(query);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains(named), response.body());
    }

    private static String one(String select, String pattern) {
        List<Binding> rows =
                Http.select(Article.server().sparql(), PREFIXES + "SELECT " + select + " WHERE { " + pattern + " }");
        assertEquals(1, rows.size(), rows::toString);
        return rows.get(0).get("x").getLiteralLexicalForm();
    }

    /** afn:wait held a request thread for as long as asked, past the query timeout. */
    @Test
    void afnWaitIsRefusedBeforeItRuns() {
        assertRefused("SELECT * { BIND(afn:wait(600000) AS ?x) }", "http://jena.apache.org/ARQ/function#wait");
    }

    @Test
    void libraryFunctionsThatReachTheServerAreRefused() {
        assertRefused("SELECT * { BIND(afn:context(\"arq:queryTimeout\") AS ?x) }", "function#context");
        assertRefused("SELECT * { BIND(afn:print(\"log me\") AS ?x) }", "function#print");
        assertRefused("SELECT * { BIND(afn:sprintf(\"%999999999s\", \"x\") AS ?x) }", "function#sprintf");
    }

    /** Any class on the class path could be called by its {@code java:} name. */
    @Test
    void javaClassFunctionsAreRefused() {
        assertRefused(
                "SELECT * { BIND(<java:org.apache.jena.sparql.function.library.wait>(600000) AS ?x) }",
                "java:org.apache.jena.sparql.function.library.wait");
        assertRefused(
                "SELECT * { FILTER(<java:org.apache.jena.sparql.function.library.print>(1)) }",
                "java:org.apache.jena.sparql.function.library.print");
    }

    @Test
    void propertyFunctionsThatBuildUnboundedStringsAreRefused() {
        assertRefused("SELECT * { ?x apf:concat (\"a\" \"b\") }", "property#concat");
    }

    @Test
    void pureLibraryFunctionsStillAnswer() {
        assertEquals("russia", one("(afn:localname(<https://w3id.org/parley/id/actor/russia>) AS ?x)", ""));
        assertEquals("russia", one("?x", "<https://w3id.org/parley/id/actor/russia> apf:splitIRI (?namespace ?x)"));
        assertEquals("Donetsk", one("?x", "?x apf:strSplit (\"Donetsk oblast\" \" \") FILTER(?x = \"Donetsk\")"));
    }

    /**
     * The store's own default graph holds Parley's load manifest; GRAPH naming it explicitly means SPARQL's default
     * graph here, the union, so the manifest (file digests by {@code dcterms:identifier}) is not in any answer.
     */
    @Test
    void theExplicitDefaultGraphIsTheUnion() {
        String union = one("(STR(COUNT(*)) AS ?x)", "?s ?p ?o");
        assertEquals(union, one("(STR(COUNT(*)) AS ?x)", "GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o }"));
        assertEquals(
                "0",
                one(
                        "(STR(COUNT(*)) AS ?x)",
                        "GRAPH <urn:x-arq:DefaultGraph> { ?s dcterms:identifier ?id ; parley:sha256 ?sum }"));
    }

    @Test
    void reservedGraphsCannotBeNamedAsTheDataset() {
        assertRefused("SELECT * FROM <urn:x-arq:DefaultGraph> { ?s ?p ?o }", "urn:x-arq:DefaultGraph");
        assertRefused(
                "SELECT * FROM NAMED <urn:x-arq:DefaultGraph> { GRAPH ?g { ?s ?p ?o } }", "urn:x-arq:DefaultGraph");
        HttpResponse<String> response = Http.get(
                Article.server().sparql() + "?query=" + Http.encode("SELECT * { ?s ?p ?o } LIMIT 1")
                        + "&default-graph-uri=" + Http.encode("urn:x-arq:DefaultGraph"),
                "application/sparql-results+json");
        assertEquals(400, response.statusCode(), response.body());
    }
}
