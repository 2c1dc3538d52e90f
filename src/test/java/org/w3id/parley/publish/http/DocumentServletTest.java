package org.w3id.parley.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.parley.publish.Published;
import org.w3id.parley.testing.Article;

/** {@code /shapes}, {@code /align} and the ontology's version IRI dereference, negotiated as {@code /ontology} is. */
class DocumentServletTest {
    private static final Published site = Published.on(Article.server());
    private static final String SH = "http://www.w3.org/ns/shacl#";

    private static Graph fetched(String path, String accept, Lang lang) {
        HttpResponse<String> response = site.get(path, accept);
        assertEquals(200, response.statusCode(), () -> path + " as " + accept + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept), path);
        return Published.parse(response.body(), lang).getDefaultGraph();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
    void theShapesAreServedAsLoadedInEveryFormat(String accept) {
        Graph shapes = fetched("/shapes", accept, RDFLanguages.contentTypeToLang(accept));
        Graph file = RDFDataMgr.loadGraph("ontology/shapes.ttl");
        assertEquals(file.size(), shapes.size(), "every triple of ontology/shapes.ttl");
        Node claimShape = NodeFactory.createURI("https://w3id.org/parley/shapes#ClaimShape");
        assertTrue(shapes.contains(
                claimShape,
                NodeFactory.createURI(SH + "targetClass"),
                NodeFactory.createURI("https://w3id.org/parley/ontology#Claim")));
    }

    @Test
    void aBrowserGetsTheShapesAsAPageWithTheirTurtle() {
        String page = site.html("/shapes");
        assertTrue(page.contains("<h1>Parley SHACL shapes</h1>"), page);
        assertTrue(page.contains("parley-shapes:ClaimShape") || page.contains("shapes#ClaimShape"), "the Turtle");
        assertTrue(page.contains("href=\"/shapes?format=ttl\""), "links to the data");
    }

    @Test
    void theBridgeIsServedAtItsOwnIriAndItsVersionIri() {
        Graph bridge = fetched("/align", "text/turtle", Lang.TURTLE);
        Node align = NodeFactory.createURI("https://w3id.org/parley/align");
        assertTrue(bridge.contains(align, RDF.type.asNode(), OWL2.Ontology.asNode()));
        assertTrue(bridge.contains(
                NodeFactory.createURI("https://w3id.org/parley/ontology#Actor"),
                RDFS.subClassOf.asNode(),
                NodeFactory.createURI("http://xmlns.com/foaf/0.1/Agent")));
        assertEquals(
                bridge.size(),
                fetched("/align/0.1.0", "text/turtle", Lang.TURTLE).size());
        assertTrue(site.html("/align").contains("<h1>Parley alignment bridge</h1>"));
    }

    @Test
    void theOntologysVersionIriDereferencesToTheOntology() {
        Graph ontology = fetched("/ontology", "text/turtle", Lang.TURTLE);
        Node version = ontology.find(
                        NodeFactory.createURI("https://w3id.org/parley/ontology"), OWL2.versionIRI.asNode(), Node.ANY)
                .next()
                .getObject();
        String path = version.getURI().substring("https://w3id.org/parley".length());
        assertEquals("/ontology/0.1.0", path);
        Graph versioned = fetched(path, "text/turtle", Lang.TURTLE);
        assertTrue(versioned.isIsomorphicWith(ontology), "the same ontology");
        assertTrue(site.html(path).contains("Parley ontology"));
    }

    @Test
    void anotherVersionIsNotFound() {
        assertEquals(404, site.get("/ontology/9.9.9", "text/turtle").statusCode());
        assertEquals(404, site.get("/shapes/0.1.0", "text/turtle").statusCode());
        assertEquals(404, site.get("/align/nothing", "text/html").statusCode());
    }
}
