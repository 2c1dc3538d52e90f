package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.serve.W3cRequests.FORM;
import static org.w3id.parley.serve.W3cRequests.RDF_TYPES;
import static org.w3id.parley.serve.W3cRequests.SPARQL_QUERY;
import static org.w3id.parley.serve.W3cRequests.SPARQL_UPDATE;
import static org.w3id.parley.serve.W3cRequests.TABULAR_TYPES;
import static org.w3id.parley.serve.W3cRequests.asEditor;
import static org.w3id.parley.serve.W3cRequests.assertAnswers;
import static org.w3id.parley.serve.W3cRequests.assertRefused;
import static org.w3id.parley.serve.W3cRequests.assertStatus;
import static org.w3id.parley.serve.W3cRequests.assertSuccess;
import static org.w3id.parley.serve.W3cRequests.graph;
import static org.w3id.parley.serve.W3cRequests.request;
import static org.w3id.parley.serve.W3cRequests.results;
import static org.w3id.parley.serve.W3cRequests.send;
import static org.w3id.parley.serve.W3cRequests.withParams;
import static org.w3id.parley.serve.W3cRequests.write;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.StoreFingerprint;
import org.w3id.parley.testing.TestServer;

/**
 * The W3C SPARQL 1.1 Protocol tests (w3c/rdf-tests, {@code sparql/sparql11/protocol/manifest.ttl}), one method per
 * entry, named as the manifest names it, written from the entry and the spec. The manifest's {@code /sparql/} is
 * {@code /parley/sparql} for queries and {@code /parley/update} for updates. The entries' {@code ut:graphData}
 * (one {@code foaf:Document} triple in each of {@code data1.rdf} to {@code data3.rdf}) are named graphs added to a
 * fresh copy of the article.
 *
 * <p>Where Parley does not pass an entry as written, the method asserts what Parley does instead and its javadoc says
 * why (RELIABILITY.md, "W3C protocol tests"). Two reasons recur: every update needs the credentials of a user in the
 * password file, so an update sent as written is 401 ({@link W3cRequests#write}); and SPARQL's default graph is the
 * union of the named graphs, so an update that writes it ({@code CLEAR ALL}, {@code DROP ALL}) is 400.
 */
class W3cProtocolTest {
    private static final String KASEI = "http://kasei.us/2009/09/sparql/data/";
    private static final String DATA0 = KASEI + "data0.rdf";
    private static final String DATA1 = KASEI + "data1.rdf";
    private static final String DATA2 = KASEI + "data2.rdf";
    private static final String DATA3 = KASEI + "data3.rdf";
    private static final Node FOAF_DOCUMENT = NodeFactory.createURI("http://xmlns.com/foaf/0.1/Document");

    /** A triple of the article, in one of its named graphs. */
    private static final String ARTICLE_HEADLINE = "ASK { <https://w3id.org/parley/id/article/conceding-donetsk>"
            + " <https://schema.org/headline> \"Conceding Donetsk won't end the war in Ukraine\" }";

    private static final String ASK_DATA1_DATA2 = "ASK { <" + DATA1 + "> a ?type . <" + DATA2 + "> a ?type . }";
    private static final String ASK_NAMED_DATA1_DATA2 =
            "ASK { GRAPH ?g1 { <" + DATA1 + "> a ?type } GRAPH ?g2 { <" + DATA2 + "> a ?type } }";

    private static final String PREFIXES =
            "PREFIX dc: <http://purl.org/dc/terms/>\nPREFIX foaf: <http://xmlns.com/foaf/0.1/>\n";
    private static final String INSERT_THREE_DOCUMENTS = "INSERT DATA {\n"
            + "    GRAPH <" + DATA1 + "> { <" + DATA1 + "> a foaf:Document }\n"
            + "    GRAPH <" + DATA2 + "> { <" + DATA2 + "> a foaf:Document }\n"
            + "    GRAPH <" + DATA3 + "> { <" + DATA3 + "> a foaf:Document }\n"
            + "} ;\n";

    private DatasetGraph store;
    private String before;
    private TestServer server;

    @BeforeEach
    void start() {
        store = Article.freshStore();
        Txn.executeWrite(store, () -> {
            for (String document : List.of(DATA1, DATA2, DATA3)) {
                Node name = NodeFactory.createURI(document);
                store.add(name, name, RDF.type.asNode(), FOAF_DOCUMENT);
            }
        });
        before = StoreFingerprint.of(store);
        server = W3cRequests.serverOver(store);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String sparql(String... params) {
        return withParams(server.sparql(), params);
    }

    private String update(String... params) {
        return withParams(server.dataset() + "update", params);
    }

    private static HttpRequest.Builder get(String url) {
        return request("GET", url, null, (byte[]) null);
    }

    private static HttpRequest.Builder postQuery(String url, String query) {
        return request("POST", url, SPARQL_QUERY, query);
    }

    private static HttpRequest.Builder postUpdate(String url, String update) {
        return request("POST", url, SPARQL_UPDATE, update);
    }

    private static HttpRequest.Builder postForm(String url, String encodedBody) {
        return request("POST", url, FORM, encodedBody);
    }

    private HttpResponse<String> ask(String query) {
        return send(postQuery(sparql(), query));
    }

    private void assertUnchanged() {
        assertEquals(before, StoreFingerprint.of(store), "the store changed");
    }

    /** The refusal of an update that would write SPARQL's default graph, which in Parley is the union of the others. */
    private void assertDefaultGraphRefused(HttpResponse<String> response) {
        assertRefused(400, "default graph", response);
        assertUnchanged();
    }

    @Test
    @DisplayName("query via URL-encoded POST")
    void query_post_form() {
        assertAnswers(true, send(postForm(sparql("default-graph-uri", DATA0), "query=ASK%20%7B%7D")));
    }

    /** Also: without the protocol's default graphs, the default graph is the union, and the article is in it. */
    @Test
    @DisplayName("GET query with protocol-specified default graph")
    void query_dataset_default_graphs_get() {
        assertAnswers(
                true,
                send(get(sparql("query", ASK_DATA1_DATA2, "default-graph-uri", DATA1, "default-graph-uri", DATA2))));
        assertAnswers(
                false,
                send(get(sparql("query", ARTICLE_HEADLINE, "default-graph-uri", DATA1, "default-graph-uri", DATA2))));
        assertAnswers(true, send(get(sparql("query", ARTICLE_HEADLINE))));
    }

    @Test
    @DisplayName("POST query with protocol-specified default graphs")
    void query_dataset_default_graphs_post() {
        assertAnswers(
                true, send(postQuery(sparql("default-graph-uri", DATA1, "default-graph-uri", DATA2), ASK_DATA1_DATA2)));
        assertAnswers(false, send(postQuery(sparql("default-graph-uri", DATA1), ASK_DATA1_DATA2)));
    }

    /** Also: the article's graphs are not among the protocol's named graphs. */
    @Test
    @DisplayName("POST query with protocol-specified named graphs")
    void query_dataset_named_graphs_post() {
        String named = sparql("named-graph-uri", DATA1, "named-graph-uri", DATA2);
        assertAnswers(true, send(postQuery(named, ASK_NAMED_DATA1_DATA2)));
        assertAnswers(
                false,
                send(postQuery(
                        named, "ASK { GRAPH ?g { ?s ?p ?o FILTER(?g NOT IN (<" + DATA1 + ">, <" + DATA2 + ">)) } }")));
    }

    @Test
    @DisplayName("GET query with protocol-specified named graphs")
    void query_dataset_named_graphs_get() {
        assertAnswers(
                true,
                send(get(sparql("query", ASK_NAMED_DATA1_DATA2, "named-graph-uri", DATA1, "named-graph-uri", DATA2))));
    }

    @Test
    @DisplayName("query with protocol-specified dataset (both named and default graphs)")
    void query_dataset_full() {
        String query = "ASK {\n  <" + DATA3 + "> a ?type\n  GRAPH ?g1 { <" + DATA1 + "> a ?type }\n  GRAPH ?g2 { <"
                + DATA2 + "> a ?type }\n}";
        assertAnswers(
                true,
                send(postQuery(
                        sparql("default-graph-uri", DATA3, "named-graph-uri", DATA1, "named-graph-uri", DATA2),
                        query)));
    }

    @Test
    @DisplayName(
            "query specifying dataset in both query string and protocol; test for use of protocol-specified dataset")
    void query_multiple_dataset() {
        String query = "ASK FROM <" + DATA3 + "> { GRAPH ?g1 { <" + DATA1 + "> a ?type } GRAPH ?g2 { <" + DATA2
                + "> a ?type } }";
        assertAnswers(true, send(postQuery(sparql("named-graph-uri", DATA1, "named-graph-uri", DATA2), query)));
    }

    @Test
    @DisplayName("query via GET")
    void query_get() {
        assertAnswers(true, send(get(sparql("query", "ASK {}", "default-graph-uri", DATA0))));
    }

    @Test
    @DisplayName("query appropriate content type (expect one of: XML, JSON, CSV, TSV)")
    void query_content_type_select() {
        SPARQLResult answer =
                results(send(postQuery(sparql("default-graph-uri", DATA0), "SELECT (1 AS ?value) {}")), TABULAR_TYPES);
        assertTrue(answer.isResultSet());
        ResultSet rows = answer.getResultSet();
        QuerySolution row = rows.next();
        assertEquals(1, row.getLiteral("value").getInt());
        assertFalse(rows.hasNext(), "more than one row");
    }

    @Test
    @DisplayName("query appropriate content type (expect one of: XML, JSON)")
    void query_content_type_ask() {
        assertAnswers(true, send(postQuery(sparql("default-graph-uri", DATA0), "ASK {}")));
    }

    /** Also: a DESCRIBE of a resource of the article answers its triples. */
    @Test
    @DisplayName("query appropriate content type (expect one of: RDF/XML, Turtle, N-Triples, RDFa)")
    void query_content_type_describe() {
        Graph nothing =
                graph(send(postQuery(sparql("default-graph-uri", DATA0), "DESCRIBE <http://example.org/>")), RDF_TYPES);
        assertTrue(nothing.isEmpty(), nothing::toString);
        Graph article = graph(
                send(postQuery(sparql(), "DESCRIBE <https://w3id.org/parley/id/article/conceding-donetsk>")),
                RDF_TYPES);
        assertTrue(
                article.contains(
                        NodeFactory.createURI("https://w3id.org/parley/id/article/conceding-donetsk"),
                        NodeFactory.createURI("https://schema.org/headline"),
                        NodeFactory.createLiteralString("Conceding Donetsk won't end the war in Ukraine")),
                article::toString);
    }

    /**
     * The manifest gives this entry the DESCRIBE entry's name. The relative IRIs {@code <s>} and {@code <p>} are
     * resolved against a base the server chooses.
     */
    @Test
    @DisplayName("query appropriate content type (expect one of: RDF/XML, Turtle, N-Triples, RDFa)")
    void query_content_type_construct() {
        Graph constructed = graph(
                send(postQuery(sparql("default-graph-uri", DATA0), "CONSTRUCT { <s> <p> 1 } WHERE {}")), RDF_TYPES);
        assertEquals(1, constructed.size(), constructed::toString);
        assertEquals(
                1,
                ((Number) constructed.find().next().getObject().getLiteralValue()).intValue(),
                constructed::toString);
    }

    /**
     * Deviation: the update begins with {@code CLEAR ALL}, which clears the default graph; in Parley that is the union
     * of the named graphs and cannot be written, so the request is 400 and nothing changes. Also a write without
     * credentials. What the entry tests, {@code using-graph-uri} as the default graph of the {@code WHERE}, holds for
     * the same request without its {@code CLEAR ALL}: only {@code data1.rdf}'s document is found, though
     * {@code data2.rdf} and {@code data3.rdf} hold documents too.
     */
    @Test
    @DisplayName("update with protocol-specified default graph")
    void update_dataset_default_graph() {
        String rest =
                "INSERT DATA {\n    GRAPH <" + DATA1 + "> {\n        <" + DATA1 + "> a foaf:Document\n    }\n} ;\n"
                        + "INSERT {\n    GRAPH <http://example.org/protocol-update-dataset-test/> {\n"
                        + "        ?s a dc:BibliographicResource\n    }\n}\nWHERE {\n    ?s a foaf:Document\n}";
        String url = update("using-graph-uri", DATA1);
        assertDefaultGraphRefused(write(postUpdate(url, PREFIXES + "CLEAR ALL ;\n" + rest)));

        assertSuccess(asEditor(postUpdate(url, PREFIXES + rest)));
        assertAnswers(
                true,
                ask("ASK {\n    GRAPH <http://example.org/protocol-update-dataset-test/> {\n        <" + DATA1
                        + "> a <http://purl.org/dc/terms/BibliographicResource>\n    }\n}"));
        assertAnswers(
                false,
                ask("ASK { GRAPH <http://example.org/protocol-update-dataset-test/> { <" + DATA2 + "> ?p ?o } }"));
    }

    /**
     * Deviation: the update begins with {@code DROP ALL}, which drops the default graph (the union of the named graphs
     * in Parley, which cannot be written): 400, nothing changes. Also a write without credentials. The rest of the
     * request, run alone, passes the entry's check.
     */
    @Test
    @DisplayName("update with protocol-specified default graphs")
    void update_dataset_default_graphs() {
        String test = "http://example.org/protocol-update-dataset-graphs-test/";
        String rest = INSERT_THREE_DOCUMENTS + "INSERT {\n    GRAPH <" + test
                + "> {\n        ?s a dc:BibliographicResource\n" + "    }\n}\nWHERE {\n    ?s a foaf:Document\n}";
        String url = update("using-graph-uri", DATA1, "using-graph-uri", DATA2);
        assertDefaultGraphRefused(write(postUpdate(url, PREFIXES + "DROP ALL ;\n" + rest)));

        assertSuccess(asEditor(postUpdate(url, PREFIXES + rest)));
        assertAnswers(true, ask(twoOfThreeDocuments(test, "a <http://purl.org/dc/terms/BibliographicResource>")));
    }

    /**
     * Deviation: begins with {@code DROP ALL} (400, as in "update with protocol-specified default graphs"), and a write
     * without credentials. The rest of the request, run alone, passes the entry's check.
     */
    @Test
    @DisplayName("update with protocol-specified named graphs")
    void update_dataset_named_graphs() {
        String test = "http://example.org/protocol-update-dataset-named-graphs-test/";
        String rest =
                INSERT_THREE_DOCUMENTS + "INSERT {\n    GRAPH <" + test + "> {\n        ?s a dc:BibliographicResource\n"
                        + "    }\n}\nWHERE {\n    GRAPH ?g {\n        ?s a foaf:Document\n    }\n}";
        String url = update("using-named-graph-uri", DATA1, "using-named-graph-uri", DATA2);
        assertDefaultGraphRefused(write(postUpdate(url, PREFIXES + "DROP ALL ;\n" + rest)));

        assertSuccess(asEditor(postUpdate(url, PREFIXES + rest)));
        assertAnswers(true, ask(twoOfThreeDocuments(test, "a <http://purl.org/dc/terms/BibliographicResource>")));
    }

    /** The check of the update-dataset entries: data1 and data2 were found, data3 was not. */
    private static String twoOfThreeDocuments(String graph, String predicateObject) {
        return "ASK {\n    GRAPH <" + graph + "> {\n        <" + DATA1 + "> " + predicateObject + " .\n        <"
                + DATA2
                + "> " + predicateObject + " .\n    }\n    FILTER NOT EXISTS {\n        GRAPH <" + graph + "> {\n"
                + "            <" + DATA3 + "> " + predicateObject + " .\n        }\n    }\n}";
    }

    /**
     * Deviation: begins with {@code DROP ALL} (400), and a write without credentials. The rest of the request, run
     * alone, passes the entry's check: {@code data1.rdf} was the default graph, {@code data2.rdf} the one named graph.
     */
    @Test
    @DisplayName("update with protocol-specified dataset (both named and default graphs)")
    void update_dataset_full() {
        String test = "http://example.org/protocol-update-dataset-full-test/";
        String rest = INSERT_THREE_DOCUMENTS + "INSERT {\n    GRAPH <" + test
                + "> {\n        ?s <http://example.org/in> ?in\n"
                + "    }\n}\nWHERE {\n    {\n        GRAPH ?g { ?s a foaf:Document }\n        BIND(?g AS ?in)\n    }\n"
                + "    UNION\n    {\n        ?s a foaf:Document .\n        BIND(\"default\" AS ?in)\n    }\n}";
        String url = update("using-graph-uri", DATA1, "using-named-graph-uri", DATA2);
        assertDefaultGraphRefused(write(postUpdate(url, PREFIXES + "DROP ALL ;\n" + rest)));

        assertSuccess(asEditor(postUpdate(url, PREFIXES + rest)));
        assertAnswers(
                true,
                ask("ASK {\n    GRAPH <" + test + "> {\n        <" + DATA1 + "> <http://example.org/in> \"default\" .\n"
                        + "        <" + DATA2 + "> <http://example.org/in> <" + DATA2 + "> .\n    }\n"
                        + "    FILTER NOT EXISTS {\n        GRAPH <" + test + "> {\n            <" + DATA3
                        + "> ?p ?o\n        }\n    }\n}"));
    }

    /**
     * Deviation: the update endpoint takes SPARQL Update only as {@code application/sparql-update}. A form is what a
     * page on another site can make a browser send with the user's saved credentials, so it is refused (415) before it
     * is read ({@link WriteGuard}); nothing changes. ({@code CLEAR ALL} would be refused as well: it clears the
     * default graph.)
     */
    @Test
    @DisplayName("update via URL-encoded POST")
    void update_post_form() {
        assertRefused(
                415,
                "SPARQL Update must be sent as application/sparql-update",
                asEditor(postForm(update(), "update=CLEAR+ALL")));
        assertUnchanged();
    }

    /**
     * Deviation: {@code CLEAR ALL} clears the default graph, the union of the named graphs in Parley, which cannot be
     * written: 400, nothing changes. Also a write without credentials. An update POSTed directly that writes a named
     * graph is taken.
     */
    @Test
    @DisplayName("update via POST directly")
    void update_post_direct() {
        assertDefaultGraphRefused(write(postUpdate(update(), "CLEAR ALL")));

        assertStatus(204, asEditor(postUpdate(update(), "CLEAR GRAPH <" + DATA1 + ">")));
        assertAnswers(false, ask("ASK { GRAPH <" + DATA1 + "> { ?s ?p ?o } }"));
        assertAnswers(true, ask("ASK { GRAPH <" + DATA2 + "> { ?s ?p ?o } }"));
    }

    /**
     * Deviation only in that it is a write without credentials. The base Parley resolves {@code <test>} against is
     * Jena's placeholder {@code http://server/unset-base/}, not the endpoint: the spec leaves the base to the service,
     * so the entry passes, but the IRI stored names nothing.
     */
    @Test
    @DisplayName("test for service-defined BASE URI (\"which MAY be the service endpoint\")")
    void update_base_uri() {
        assertSuccess(write(postUpdate(
                update(),
                "CLEAR SILENT GRAPH <http://example.org/protocol-base-test/> ;\nINSERT DATA { GRAPH"
                        + " <http://example.org/protocol-base-test/> { <http://example.org/s> <http://example.org/p>"
                        + " <test> } }")));
        assertAnswers(
                true,
                ask("ASK {\n    GRAPH <http://example.org/protocol-base-test/> {\n        <http://example.org/s>"
                        + " <http://example.org/p> ?o\n        FILTER (isIRI(?o) && STR(?o) != \"test\")\n    }\n}"));
    }

    @Test
    @DisplayName("query via POST directly")
    void query_post_direct() {
        assertAnswers(true, ask("ASK {}"));
    }

    @Test
    @DisplayName("invoke query operation with a method other than GET or POST")
    void bad_query_method() {
        assertStatus(
                405, send(request("PUT", sparql("query", "ASK {}", "default-graph-uri", DATA0), FORM, (byte[]) null)));
    }

    @Test
    @DisplayName("invoke query operation with more than one query string")
    void bad_multiple_queries() {
        assertStatus(400, send(get(sparql() + "?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D")));
    }

    @Test
    @DisplayName(
            "invoke query operation with a POST with media type that's not url-encoded or application/sparql-query")
    void bad_query_wrong_media_type() {
        assertStatus(415, send(request("POST", sparql(), "text/plain", "ASK {}")));
    }

    @Test
    @DisplayName(
            "invoke query operation with url-encoded body, but without application/x-www-form-urlencoded media type")
    void bad_query_missing_form_type() {
        assertRefused(400, "No 'query=' parameter", send(request("POST", sparql(), null, "query=ASK%20%7B%7D")));
    }

    @Test
    @DisplayName("invoke query operation with SPARQL body, but without application/sparql-query media type")
    void bad_query_missing_direct_type() {
        assertRefused(400, "No 'query=' parameter", send(request("POST", sparql(), null, "ASK {}")));
    }

    /**
     * Refused, but not for its charset: Fuseki reads a query body as UTF-8 whatever the {@code charset}, so the UTF-16
     * bytes fail to parse.
     */
    @Test
    @DisplayName("invoke query operation with direct POST, but with a non-UTF8 encoding (UTF-16)")
    void bad_query_non_utf8() {
        assertRefused(
                400,
                "Lexical error",
                send(request(
                        "POST",
                        sparql(),
                        SPARQL_QUERY + "; charset=UTF-16",
                        "ASK {}".getBytes(StandardCharsets.UTF_16))));
    }

    @Test
    @DisplayName("invoke query operation with invalid query syntax (4XX result)")
    void bad_query_syntax() {
        assertStatus(400, send(get(sparql("query", "ASK {"))));
    }

    /**
     * Parley's update endpoint is {@code /parley/update}; the query endpoint, where the manifest's {@code /sparql/}
     * would send it, takes no update either.
     */
    @Test
    @DisplayName("invoke update operation with GET")
    void bad_update_get() {
        assertStatus(405, asEditor(get(update("update", "CLEAR ALL"))));
        assertStatus(400, send(get(sparql("update", "CLEAR ALL"))));
        assertUnchanged();
    }

    /** Refused before the two update strings are seen: the update endpoint takes no form ({@link WriteGuard}). */
    @Test
    @DisplayName("invoke update operation with more than one update string")
    void bad_multiple_updates() {
        assertStatus(415, asEditor(postForm(update(), "update=CLEAR%20NAMED&update=CLEAR%20DEFAULT")));
        assertUnchanged();
    }

    @Test
    @DisplayName(
            "invoke update operation with a POST with media type that's not url-encoded or application/sparql-update")
    void bad_update_wrong_media_type() {
        assertStatus(415, asEditor(request("POST", update(), "text/plain", "CLEAR NAMED")));
        assertUnchanged();
    }

    @Test
    @DisplayName(
            "invoke update operation with url-encoded body, but without application/x-www-form-urlencoded media type")
    void bad_update_missing_form_type() {
        assertStatus(415, asEditor(request("POST", update(), null, "update=CLEAR%20NAMED")));
        assertUnchanged();
    }

    @Test
    @DisplayName("invoke update operation with direct POST, but with a non-UTF8 encoding")
    void bad_update_non_utf8() {
        assertRefused(
                400,
                "Bad charset: UTF-16",
                asEditor(request(
                        "POST",
                        update(),
                        SPARQL_UPDATE + "; charset=UTF-16",
                        "CLEAR NAMED".getBytes(StandardCharsets.UTF_16))));
        assertUnchanged();
    }

    /**
     * Refused as a form before its syntax is read ({@link WriteGuard}); the same syntax error sent directly is 400.
     */
    @Test
    @DisplayName("invoke update operation with invalid update syntax")
    void bad_update_syntax() {
        assertStatus(415, asEditor(postForm(update(), "update=CLEAR%20XYZ")));
        assertStatus(400, asEditor(postUpdate(update(), "CLEAR XYZ")));
        assertUnchanged();
    }

    @Test
    @DisplayName("invoke update with both using-graph-uri/using-named-graph-uri parameter and USING/WITH clause")
    void bad_update_dataset_conflict() {
        assertRefused(
                400,
                "using-named-graph-uri present where update request has USING, USING NAMED or WITH",
                asEditor(postUpdate(
                        update("using-named-graph-uri", "http://example/people"),
                        "PREFIX foaf:  <http://xmlns.com/foaf/0.1/>\nWITH <http://example/addresses>\n"
                                + "DELETE { ?person foaf:givenName 'Bill' }\nINSERT { ?person foaf:givenName 'William' }\n"
                                + "WHERE {\n    ?person foaf:givenName 'Bill'\n}")));
        assertUnchanged();
    }
}
