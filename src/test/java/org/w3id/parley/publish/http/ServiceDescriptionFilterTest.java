package org.w3id.parley.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.w3id.parley.publish.Published;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Fixtures;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.TestServer;
import org.w3id.parley.vocab.Sd;

/** The query endpoints describe themselves to a GET without a query, and pass every query on to Fuseki. */
class ServiceDescriptionFilterTest {
    private static final Published site = Published.on(Article.server());

    @Test
    void theEndpointDescribesItselfWithSparqlServiceDescription() {
        Graph sd = Published.parse(site.get("/parley/sparql", "text/turtle").body(), Lang.TURTLE)
                .getDefaultGraph();
        try (QueryExec exec =
                QueryExec.dataset(DatasetGraphFactory.wrap(sd)).query("""
                PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>
                PREFIX void: <http://rdfs.org/ns/void#>
                SELECT ?endpoint ?triples WHERE {
                  ?service a sd:Service ; sd:endpoint ?endpoint ; sd:supportedLanguage sd:SPARQL11Query ;
                           sd:defaultDataset/sd:defaultGraph/void:triples ?triples .
                  FILTER NOT EXISTS { ?service sd:feature sd:UnionDefaultGraph }
                }""").build()) {
            RowSet rows = exec.select();
            var row = rows.next();
            assertEquals(
                    site.url("/parley/sparql"),
                    row.get("endpoint").getURI(),
                    "the endpoint of the server that answers");
            assertEquals(datasetTriples(), ((Number) row.get("triples").getLiteralValue()).longValue());
        }
        assertEquals(
                200,
                site.get("/parley/sparql?query=" + Http.encode("ASK {}"), "application/sparql-results+json")
                        .statusCode(),
                "queries still go to Fuseki");
    }

    @Test
    void theEndpointIsNamedAtTheServerThatAnswersUnderTheNameItWasReachedBy() {
        // Was the base IRI plus the dataset path, https://w3id.org/parley/parley/sparql: a path served nowhere.
        for (String origin : new String[] {site.url(""), site.url("").replace("localhost", "127.0.0.1")}) {
            HttpResponse<String> response = Http.get(origin + "/parley/sparql", "application/ld+json");
            assertEquals(200, response.statusCode());
            Graph sd = Published.parse(response.body(), Lang.JSONLD).getDefaultGraph();
            assertEquals(
                    List.of(origin + "/parley/sparql"),
                    sd.find(Node.ANY, Sd.endpoint, Node.ANY)
                            .mapWith(t -> t.getObject().getURI())
                            .toList(),
                    origin);
        }
    }

    @Test
    void aServerWithoutAPasswordFileDescribesNoUpdateEndpoint() {
        Graph sd = Published.parse(site.get("/parley/sparql", "text/turtle").body(), Lang.TURTLE)
                .getDefaultGraph();
        assertFalse(sd.contains(Node.ANY, Sd.supportedLanguage, Sd.SPARQL11Update));
        assertFalse(sd.contains(Node.ANY, Sd.endpoint, NodeFactory.createURI(site.url("/parley/update"))));
        assertFalse(site.html("/parley/sparql").contains("/parley/update"));
    }

    @Test
    void aServerWithAPasswordFileDescribesItsUpdateEndpoint() {
        // With --auth, /parley/update exists (for the file's users) but was not described.
        try (TestServer server = TestServer.over(Fixtures.chainStore())
                .auth(Fixtures.fixture("users.passwd"))
                .start()) {
            Published writable = Published.on(server);
            Graph sd = Published.parse(
                            writable.get("/parley/sparql", "text/turtle").body(), Lang.TURTLE)
                    .getDefaultGraph();
            Node update = NodeFactory.createURI(server.url("/parley/update"));
            List<Node> services = sd.find(Node.ANY, Sd.endpoint, update)
                    .mapWith(Triple::getSubject)
                    .toList();
            assertEquals(1, services.size(), "one service at the update endpoint");
            Node service = services.get(0);
            assertTrue(sd.contains(service, RDF.type.asNode(), Sd.Service));
            assertTrue(sd.contains(service, Sd.supportedLanguage, Sd.SPARQL11Update));
            assertFalse(sd.contains(service, Sd.supportedLanguage, Sd.SPARQL11Query));
            assertTrue(
                    sd.contains(Node.ANY, Sd.endpoint, NodeFactory.createURI(server.sparql())),
                    "the query endpoint too");
            Node sparql = NodeFactory.createURI(server.sparql());
            sd.find(Node.ANY, Sd.supportedLanguage, Sd.SPARQL11Update)
                    .forEach(t -> assertFalse(
                            sd.contains(t.getSubject(), Sd.endpoint, sparql), "the query endpoint takes no update"));
            assertTrue(writable.html("/parley/sparql").contains(server.url("/parley/update")));
        }
    }

    @Test
    void theSparqlEndpointOffersAFormToPeople() {
        String page = site.html("/parley/sparql");
        assertTrue(page.contains("<form method=\"get\" action=\"/parley/sparql\">"));
        assertTrue(page.contains("<code>" + site.url("/parley/sparql") + "</code>"), "the URL the description gives");
    }

    @Test
    void bothQueryEndpointsAreDescribedAndOnlyInTheFormatsOffered() {
        assertTrue(site.get("/parley/query", "text/turtle").body().contains("sd:Service"));
        HttpResponse<String> trig = site.get("/parley/sparql", "application/trig");
        assertEquals(406, trig.statusCode());
        assertTrue(trig.body().contains("text/turtle (?format=ttl)"), trig.body());
        assertEquals(
                "/parley/sparql?format=jsonld",
                site.get("/parley/sparql?format=jsonld", "text/html")
                        .headers()
                        .firstValue("Content-Location")
                        .orElseThrow());
    }

    private static long datasetTriples() {
        Graph description = Published.parse(
                        site.get("/id/dataset", "text/turtle").body(), Lang.TURTLE)
                .getDefaultGraph();
        Node dataset = NodeFactory.createURI(Published.ID + "dataset");
        return ((Number) description
                        .find(dataset, VOID.triples.asNode(), Node.ANY)
                        .next()
                        .getObject()
                        .getLiteralValue())
                .longValue();
    }
}
