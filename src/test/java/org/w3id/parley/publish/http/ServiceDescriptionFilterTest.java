package org.w3id.parley.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.w3id.parley.publish.Published;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;

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
                           sd:feature sd:UnionDefaultGraph ; sd:defaultDataset/sd:defaultGraph/void:triples ?triples .
                }""").build()) {
            RowSet rows = exec.select();
            var row = rows.next();
            assertEquals(
                    "https://w3id.org/parley/parley/sparql", row.get("endpoint").getURI());
            assertEquals(datasetTriples(), ((Number) row.get("triples").getLiteralValue()).longValue());
        }
        assertEquals(
                200,
                site.get("/parley/sparql?query=" + Http.encode("ASK {}"), "application/sparql-results+json")
                        .statusCode(),
                "queries still go to Fuseki");
    }

    @Test
    void theSparqlEndpointOffersAFormToPeople() {
        String page = site.html("/parley/sparql");
        assertTrue(page.contains("<form method=\"get\" action=\"/parley/sparql\">"));
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
