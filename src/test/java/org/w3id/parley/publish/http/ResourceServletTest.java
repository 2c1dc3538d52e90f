package org.w3id.parley.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.parley.publish.Published;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;

/** Every IRI answers with the same data in every RDF format, and HTTP behaves as Cool URIs and RFC 9110 say. */
class ResourceServletTest {
    private static final Map<String, Lang> RDF = Map.of(
            "text/turtle",
            Lang.TURTLE,
            "application/ld+json",
            Lang.JSONLD,
            "application/n-triples",
            Lang.NTRIPLES,
            "application/rdf+xml",
            Lang.RDFXML,
            "application/trig",
            Lang.TRIG);
    private static final String RUSSIA = "/id/actor/russia";
    private static final String DONETSK_DEMAND = "/id/demand/ukrainian-withdrawal-from-donetsk";
    private static final String CLAIM = "/id/claim/russian-officials-withdrawal-precondition-for-negotiations";

    private static final Published site = Published.on(Article.server());

    @Test
    void aResourcePageDrawsItsNeighbourhoodWhenThereIsOne() {
        String page = site.html("/id/concession/withdrawal-from-donetsk");
        assertTrue(page.contains("<h2 id=\"picture-heading\">In the picture</h2>"));
        String svg = page.substring(page.indexOf("<svg xmlns="), page.indexOf("</svg>"));
        assertTrue(svg.contains("<title id=\"pp-title\">Around Ukrainian withdrawal from Donetsk</title>"));
        for (String neighbour : List.of(
                "/id/stage/start-of-negotiations",
                "/id/guarantee/us-security-commitments",
                "/id/demand/ukrainian-withdrawal-from-donetsk",
                "/id/sequence/land-first-guarantees-later"))
            assertTrue(svg.contains("<a href=\"" + neighbour + "\""), neighbour);
        assertFalse(
                svg.contains("<a href=\"/id/concession/withdrawal-from-donetsk\""), "the page's own box links nowhere");
        assertFalse(site.html("/id/place/kyiv").contains("<svg xmlns="), "the city of Kyiv is in no link: no picture");
    }

    @ParameterizedTest
    @ValueSource(strings = {RUSSIA, DONETSK_DEMAND, CLAIM, "/ontology", "/id/dataset"})
    void everyFormatParsesAndCarriesTheSameGraph(String path) {
        Graph turtle = Published.parse(site.get(path, "text/turtle").body(), Lang.TURTLE)
                .getDefaultGraph();
        for (var format : RDF.entrySet()) {
            HttpResponse<String> response = site.get(path, format.getKey());
            assertEquals(200, response.statusCode(), () -> path + " as " + format.getKey() + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(format.getKey()));
            Graph graph = Published.parse(response.body(), format.getValue()).getDefaultGraph();
            assertFalse(graph.isEmpty(), path + " as " + format.getKey());
            assertTrue(turtle.isIsomorphicWith(graph), () -> path + ": " + format.getKey() + " differs from Turtle");
        }
    }

    @Test
    void theResourceDescriptionHasItsStatementsLabelsAndIncomingLinks() {
        Graph russia = Published.parse(site.get(RUSSIA, "text/turtle").body(), Lang.TURTLE)
                .getDefaultGraph();
        Node subject = NodeFactory.createURI(Published.ID + "actor/russia");
        Node wants = NodeFactory.createURI("https://w3id.org/parley/ontology#wants");
        Node ties = NodeFactory.createURI(Published.ID + "benefit/normalised-ties");
        assertTrue(russia.contains(subject, wants, ties), "Russia wants normalised ties (a claim of the article)");
        assertTrue(
                russia.contains(ties, RDFS.label.asNode(), NodeFactory.createLiteralLang("normalised ties", "en")),
                "labels of linked resources come along");
        assertTrue(
                russia.contains(
                        NodeFactory.createURI(Published.ID + "actor/senior-russian-officials"),
                        NodeFactory.createURI("https://w3id.org/parley/ontology#speaksFor"),
                        subject),
                "incoming links come along");
    }

    @Test
    void trigCarriesEachStatementInTheClaimGraphsThatStateIt() {
        DatasetGraph trig = Published.parse(site.get(CLAIM, "application/trig").body(), Lang.TRIG);
        Node claim = NodeFactory.createURI(Published.ID + CLAIM.substring(4));
        Node concession = NodeFactory.createURI(Published.ID + "concession/withdrawal-from-donetsk");
        Node precondition = NodeFactory.createURI("https://w3id.org/parley/ontology#isPreconditionFor");
        Node start = NodeFactory.createURI(Published.ID + "stage/start-of-negotiations");
        assertTrue(trig.contains(claim, concession, precondition, start), "the claim's own graph is part of its TriG");

        DatasetGraph russia =
                Published.parse(site.get(RUSSIA, "application/trig").body(), Lang.TRIG);
        Node statedIn = NodeFactory.createURI(Published.ID + "claim/us-can-provide-what-russia-wants");
        assertTrue(russia.contains(
                statedIn,
                NodeFactory.createURI(Published.ID + "actor/russia"),
                NodeFactory.createURI("https://w3id.org/parley/ontology#wants"),
                NodeFactory.createURI(Published.ID + "benefit/sanctions-relief")));
    }

    @Test
    void qValuesChooseTheRepresentation() {
        HttpResponse<String> response = site.get(RUSSIA, "text/turtle;q=0.5, application/ld+json;q=0.9, */*;q=0.1");
        assertEquals("application/ld+json", mediaType(response));
        assertEquals(
                "text/html",
                mediaType(site.get(RUSSIA, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")));
        assertEquals("text/turtle", mediaType(site.get(RUSSIA, "*/*")), "a bare wildcard gets data: Turtle");
        assertEquals(
                "text/turtle",
                mediaType(Http.send(HttpRequest.newBuilder(URI.create(site.url(RUSSIA)))
                        .GET()
                        .build())));
        assertEquals(
                "application/rdf+xml",
                mediaType(site.get(RUSSIA + "?format=rdf", "text/html")),
                "?format= wins over Accept");
        assertEquals(406, site.get(RUSSIA, "text/turtle;q=0").statusCode(), "q=0 means not acceptable");
    }

    @Test
    void headersFollowTheCoolUrisChoice() {
        HttpResponse<String> response = site.get(RUSSIA, "text/turtle");
        assertEquals(200, response.statusCode(), "200 with Content-Location rather than a 303 round trip");
        assertEquals(
                RUSSIA + "?format=ttl",
                response.headers().firstValue("Content-Location").orElseThrow());
        assertEquals(
                List.of("Accept-Encoding", "Origin", "Accept"),
                List.of(response.headers().firstValue("Vary").orElseThrow().split(", ")),
                "Accept added to what compression and cross-origin access put there, not in their place");
        String links = response.headers().firstValue("Link").orElseThrow();
        for (String type : List.of(
                "text/html", "application/ld+json", "application/n-triples", "application/rdf+xml", "application/trig"))
            assertTrue(links.contains("rel=\"alternate\"; type=\"" + type + "\""), links);
    }

    @Test
    void unacceptableTypesGet406WithTheList() {
        HttpResponse<String> response = site.get(RUSSIA, "image/png");
        assertEquals(406, response.statusCode());
        for (String type : List.of(
                "text/turtle",
                "application/ld+json",
                "application/n-triples",
                "application/rdf+xml",
                "application/trig",
                "text/html")) assertTrue(response.body().contains(type), response.body());
        assertEquals(406, site.get(RUSSIA + "?format=docx", "text/turtle").statusCode());
    }

    @Test
    void unknownIrisGet404() {
        assertEquals(404, site.get("/id/actor/atlantis", "text/turtle").statusCode());
        HttpResponse<String> page = site.get("/id/actor/atlantis", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(
                page.body().contains("Nothing is known about https://w3id.org/parley/id/actor/atlantis"), page.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {DONETSK_DEMAND, "/ontology", "/id/dataset", "/"})
    void etagsGive304AndHeadGivesHeadersOnly(String path) throws Exception {
        String accept = path.equals("/") ? "text/html" : "text/turtle";
        HttpResponse<String> first = site.get(path, accept);
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = Http.send(HttpRequest.newBuilder(URI.create(site.url(path)))
                .header("Accept", accept)
                .header("If-None-Match", etag)
                .GET()
                .build());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        if (!path.equals("/")) {
            HttpResponse<String> otherType = Http.send(HttpRequest.newBuilder(URI.create(site.url(path)))
                    .header("Accept", "application/ld+json")
                    .header("If-None-Match", etag)
                    .GET()
                    .build());
            assertEquals(200, otherType.statusCode(), "another representation has another ETag");
        }

        HttpResponse<String> head = Http.send(HttpRequest.newBuilder(URI.create(site.url(path)))
                .header("Accept", accept)
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(30))
                .build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(etag, head.headers().firstValue("ETag").orElseThrow());
        assertEquals(
                String.valueOf(first.body().getBytes(StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElseThrow());
    }

    @Test
    void aForeignStrictParserReadsAResourceWithoutWarnings() {
        // Published.parse is Jena's strict mode with a handler that turns every warning into a failure.
        Graph graph = Published.parse(site.get(DONETSK_DEMAND, "text/turtle").body(), Lang.TURTLE)
                .getDefaultGraph();
        assertTrue(graph.contains(
                NodeFactory.createURI(Published.ID + "demand/ukrainian-withdrawal-from-donetsk"),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                Node.ANY));
        // who demands it is a reported position: not a plain triple, but in its claim's graph in TriG
        Node demand = NodeFactory.createURI(Published.ID + "demand/ukrainian-withdrawal-from-donetsk");
        Node demandedBy = NodeFactory.createURI("https://w3id.org/parley/ontology#demandedBy");
        Node officials = NodeFactory.createURI(Published.ID + "actor/senior-russian-officials");
        assertFalse(graph.contains(demand, demandedBy, officials), "a position served as a fact");
        DatasetGraph trig =
                Published.parse(site.get(DONETSK_DEMAND, "application/trig").body(), Lang.TRIG);
        assertTrue(trig.contains(
                NodeFactory.createURI(
                        Published.ID + "claim/russian-officials-withdrawal-precondition-for-negotiations"),
                demand,
                demandedBy,
                officials));
    }

    private static String mediaType(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Content-Type")
                .orElse("")
                .replaceFirst(";.*", "")
                .strip();
    }

    /** The article's dateline and author bio are only their anchoring's fragments; pages link them, so they answer. */
    @ParameterizedTest
    @ValueSource(strings = {"/id/annotation/dateline", "/id/annotation/author-bio"})
    void aDocumentThatIsOnlyItsFragmentsIsDescribedByThem(String path) {
        HttpResponse<String> turtle = site.get(path, "text/turtle");
        assertEquals(200, turtle.statusCode(), turtle::body);
        Graph graph = Published.parse(turtle.body(), Lang.TURTLE).getDefaultGraph();
        String document = "https://w3id.org/parley" + path;
        for (String part : List.of("target", "quote", "position", "annotation"))
            assertTrue(
                    graph.contains(NodeFactory.createURI(document + "#" + part), Node.ANY, Node.ANY),
                    () -> document + "#" + part + " is described");
        String exact = path.endsWith("dateline")
                ? "January 28, 2026 - 12:10pm"
                : "Jennifer Kavanagh is a senior fellow and director\u00a0of military analysis at Defense Priorities.";
        assertTrue(site.html(path).contains(exact), "the page shows the words the annotation anchors");
    }

    /** Each link to a fragment of the page's own document lands on an element with that id. */
    @ParameterizedTest
    @ValueSource(strings = {CLAIM, "/id/annotation/dateline"})
    void linksToTheDocumentsFragmentsLandOnThem(String path) {
        String page = site.html(path);
        java.util.regex.Matcher links = java.util.regex.Pattern.compile("href=\"" + path + "#([^\"]+)\"")
                .matcher(page);
        int count = 0;
        while (links.find()) {
            count++;
            assertTrue(page.contains(" id=\"" + links.group(1) + "\""), path + "#" + links.group(1) + " has no anchor");
        }
        assertTrue(count > 0, "the page links fragments of its document");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "1.5", "99999999999"})
    void aPageThatIsNotAPageNumberIsRefused(String page) {
        HttpResponse<String> response = site.get(RUSSIA + "?page=" + page, "text/html");
        assertEquals(400, response.statusCode());
        assertTrue(
                response.body().contains("page=" + page + ": a page of links is a whole number from 0"),
                response::body);
    }

    /** A browser that saves what it cannot show (N-Triples, RDF/XML, TriG) names the file with its extension. */
    @Test
    void eachFormatSavesUnderANameWithItsExtension() {
        Map<String, String> extensions = Map.of(
                "text/turtle", "ttl",
                "application/ld+json", "jsonld",
                "application/n-triples", "nt",
                "application/rdf+xml", "rdf",
                "application/trig", "trig");
        extensions.forEach((type, extension) -> assertEquals(
                "inline; filename=\"russia." + extension + "\"",
                site.get(RUSSIA, type)
                        .headers()
                        .firstValue("Content-Disposition")
                        .orElse(""),
                type));
        assertTrue(
                site.get(RUSSIA, "text/html")
                        .headers()
                        .firstValue("Content-Disposition")
                        .isEmpty(),
                "a page is shown");
    }
}
