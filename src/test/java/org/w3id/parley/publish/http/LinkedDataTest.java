package org.w3id.parley.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.parley.publish.Published;
import org.w3id.parley.publish.describe.Describer;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.TestServer;

/** Another deployment: {@code --base} names the IRIs served, and what is derived from the data follows its changes. */
class LinkedDataTest {
    private static final String DATA = """
            PREFIX ex: <http://example.org/kg/id/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            ex:graph\\/one { ex:alpha rdfs:label "Alpha" ; rdfs:seeAlso ex:beta . ex:beta rdfs:label "Beta <b>" . }
            """;

    @Test
    void iriesUnderAnotherBaseAreServedAtTheSamePaths() {
        DatasetGraph store = Stores.inMemory();
        Txn.executeWrite(store, () -> {
            RDFParser.fromString(DATA, Lang.TRIG).parse(store);
            asLoaded(store);
        });
        try (TestServer server =
                TestServer.over(store).base("http://example.org/kg/").start()) {
            Published site = Published.on(server);
            var turtle = site.get("/id/alpha", "text/turtle");
            assertEquals(200, turtle.statusCode(), turtle.body());
            assertTrue(Published.parse(turtle.body(), Lang.TURTLE)
                    .getDefaultGraph()
                    .contains(
                            NodeFactory.createURI("http://example.org/kg/id/alpha"),
                            RDFS.seeAlso.asNode(),
                            NodeFactory.createURI("http://example.org/kg/id/beta")));
            String page = site.get("/id/alpha", "text/html").body();
            assertTrue(
                    page.contains("<a href=\"/id/beta\">Beta &lt;b&gt;</a>"),
                    "links stay on this server; labels are escaped");
            assertEquals(404, site.get("/id/gamma", "text/turtle").statusCode());
        }
    }

    @Test
    void hostileDataCannotScriptThePage() {
        DatasetGraph store = Stores.inMemory();
        Txn.executeWrite(store, () -> RDFParser.fromString("""
                PREFIX ex: <http://example.org/kg/id/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                ex:g { ex:alpha rdfs:label "</script><script>alert(1)</script>" ; rdfs:seeAlso <javascript:alert(2)> .
                       <javascript:alert(2)> rdfs:label "click me" . }
                """, Lang.TRIG).parse(store));
        try (TestServer server =
                TestServer.over(store).base("http://example.org/kg/").start()) {
            Published site = Published.on(server);
            String page = site.get("/id/alpha", "text/html").body();
            assertTrue(!page.contains("href=\"javascript:"), "no javascript: links");
            assertTrue(page.contains("click me"), "the label is still shown, as text");
            assertEquals(
                    page.indexOf("</script>"),
                    page.lastIndexOf("</script>"),
                    "the only </script> closes the JSON-LD island");
            assertTrue(page.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), "the label is escaped");
        }
    }

    @Test
    void aResourceWithManyIncomingLinksIsServedPageByPage() {
        DatasetGraph store = Stores.inMemory();
        Txn.executeWrite(store, () -> {
            for (int i = 0; i < Describer.INCOMING_PAGE + 5; i++)
                store.add(
                        NodeFactory.createURI("http://example.org/kg/id/graph/g"),
                        NodeFactory.createURI("http://example.org/kg/id/item/" + i),
                        RDFS.seeAlso.asNode(),
                        NodeFactory.createURI("http://example.org/kg/id/hub"));
            asLoaded(store);
        });
        try (TestServer server =
                TestServer.over(store).base("http://example.org/kg/").start()) {
            Published site = Published.on(server);
            var first = site.get("/id/hub", "text/turtle");
            assertTrue(
                    first.headers().allValues("Link").contains("</id/hub?page=1>; rel=\"next\""),
                    first.headers()::toString);
            assertEquals(
                    Describer.INCOMING_PAGE,
                    Published.parse(first.body(), Lang.TURTLE).getDefaultGraph().size());
            var second = site.get("/id/hub?page=1", "text/turtle");
            assertEquals(
                    5,
                    Published.parse(second.body(), Lang.TURTLE)
                            .getDefaultGraph()
                            .size());
            assertTrue(second.headers().allValues("Link").stream().noneMatch(l -> l.contains("rel=\"next\"")));
            assertTrue(
                    site.get("/id/hub", "text/html").body().contains("<a rel=\"next\" href=\"/id/hub?page&#61;1\">"));
            assertEquals(
                    "/id/hub?page=1&format=ttl",
                    second.headers().firstValue("Content-Location").orElseThrow(),
                    "a page names itself, not the first page");
        }
    }

    @Test
    void dumpsAndCountsFollowChangesToTheData() {
        DatasetGraph store = Stores.inMemory();
        Txn.executeWrite(store, () -> RDFParser.fromString(DATA, Lang.TRIG).parse(store));
        try (TestServer server =
                TestServer.over(store).base("http://example.org/kg/").start()) {
            Published site = Published.on(server);
            var before = site.get("/dumps/parley.trig", "*/*");
            String voidBefore = site.get("/id/dataset", "text/turtle").body();
            assertTrue(voidBefore.matches("(?s).*void:triples\\s+3\\b.*"), voidBefore);

            Txn.executeWrite(
                    store,
                    () -> store.add(
                            NodeFactory.createURI("http://example.org/kg/id/graph/two"),
                            NodeFactory.createURI("http://example.org/kg/id/gamma"),
                            RDFS.label.asNode(),
                            NodeFactory.createLiteralString("Gamma")));

            var after = site.get("/dumps/parley.trig", "*/*");
            assertNotEquals(before.headers().firstValue("ETag"), after.headers().firstValue("ETag"));
            assertEquals(4, Published.parse(after.body(), Lang.TRIG).stream().count());
            assertTrue(site.get("/id/dataset", "text/turtle").body().matches("(?s).*void:triples\\s+4\\b.*"));
            assertEquals(200, site.get("/id/gamma", "text/turtle").statusCode());
        }
    }

    /**
     * Writes the reading view the loader would: these named graphs are no claim's, so the view is all of them. The
     * data are written straight into the store, without a load.
     */
    private static void asLoaded(DatasetGraph store) {
        store.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> store.getDefaultGraph().add(q.asTriple()));
    }
}
