package org.w3id.parley.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.w3id.parley.publish.Published;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;

/** The dumps hold every named graph of the store, nothing else, and a strict foreign parser reads them. */
class DumpServletTest {
    private static final String QUADS = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
    private static final Published site = Published.on(Article.server());

    @Test
    void trigDumpIsEveryNamedGraphAndParsesStrictlyWithoutWarnings() {
        HttpResponse<String> response = site.get("/dumps/parley.trig", "*/*");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/trig"));
        DatasetGraph dump = Published.parse(response.body(), Lang.TRIG);
        assertEquals(Published.count(Article.store(), QUADS), dump.stream().count());
        assertTrue(
                dump.getDefaultGraph().isEmpty(), "the load manifest (the store's own default graph) is not published");
        assertTrue(dump.contains(
                NodeFactory.createURI(
                        Published.ID + "claim/russian-officials-withdrawal-precondition-for-negotiations"),
                NodeFactory.createURI(Published.ID + "demand/ukrainian-withdrawal-from-donetsk"),
                NodeFactory.createURI("https://w3id.org/parley/ontology#demandedBy"),
                NodeFactory.createURI(Published.ID + "actor/senior-russian-officials")));
    }

    @Test
    void gzippedNQuadsAndJsonLdHoldTheSameQuads() throws IOException {
        HttpResponse<byte[]> gz = site.getBytes("/dumps/parley.nq.gz", "*/*");
        assertEquals(200, gz.statusCode());
        assertEquals("application/gzip", gz.headers().firstValue("Content-Type").orElseThrow());
        String nquads = new String(
                new GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(
                Published.count(Article.store(), QUADS),
                Published.parse(nquads, Lang.NQUADS).stream().count());

        HttpResponse<String> jsonld = site.get("/dumps/parley.jsonld", "*/*");
        assertEquals(200, jsonld.statusCode());
        assertEquals(
                Published.count(Article.store(), QUADS),
                Published.parse(jsonld.body(), Lang.JSONLD).stream().count());
    }

    @Test
    void aDumpThatDidNotChangeAnswers304() {
        String etag = site.get("/dumps/parley.trig", "*/*")
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        HttpResponse<String> again = Http.send(HttpRequest.newBuilder(URI.create(site.url("/dumps/parley.trig")))
                .header("If-None-Match", etag)
                .GET()
                .build());
        assertEquals(304, again.statusCode());
    }

    @Test
    void unknownDumpsGet404() {
        HttpResponse<String> response = site.get("/dumps/parley.xlsx", "text/plain");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("/dumps/parley.trig"), "the answer names the dumps there are");
    }

    /** The startup banner names the folder; the dataset's description lists what is in it. */
    @Test
    void theDumpsFolderSeesTheDatasetDescription() {
        HttpResponse<String> response = site.get("/dumps/", "text/html");
        assertEquals(303, response.statusCode());
        assertEquals("/id/dataset", response.headers().firstValue("Location").orElse(""));
        assertTrue(site.html("/id/dataset").contains("/dumps/parley.trig"), "which lists the dumps");
    }
}
