package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.ManifestDigests;

/**
 * {@link GraphStoreRead}: the Graph Store Protocol's default graph is SPARQL's, the union of the named graphs, under
 * every name a client can give it, and the whole dataset is its named graphs. The store's own default graph, the load
 * manifest, is served by none of them.
 */
class GraphStoreReadTest {

    @Test
    void theDefaultGraphIsTheReadingViewThatSparqlQueriesSee() {
        Graph view = construct();
        assertFalse(view.isEmpty());
        for (String url : List.of(
                get("get?default"),
                get("?default"),
                get("get?graph=default"),
                get("get?graph=" + Http.encode(Quad.defaultGraphIRI.getURI())))) {
            Graph served = graph(url);
            assertTrue(served.isIsomorphicWith(view), () -> url + " is not the view: " + served.size() + " triples");
        }
        DatasetGraph store = Article.store();
        Graph union = Txn.calculateRead(store, () -> {
            Graph g = GraphMemFactory.createDefaultGraph();
            Iter.filter(store.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY), q -> Stores.isData(q.getGraph()))
                    .forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        });
        Graph served = graph(get("get?graph=" + Http.encode(Quad.unionGraph.getURI())));
        assertTrue(served.isIsomorphicWith(union), () -> "the union graph is not that of the named graphs of data");
        assertTrue(union.size() > view.size(), "positions are in the union, not in the view");
    }

    @Test
    void theLoadManifestIsNotServed() {
        Set<Node> digests = ManifestDigests.of(Article.store());
        for (String url : List.of(get("get?default"), get("get?graph=" + Http.encode(Quad.defaultGraphIRI.getURI()))))
            assertTrue(
                    graph(url)
                            .find()
                            .filterKeep(t -> digests.contains(t.getObject()))
                            .toList()
                            .isEmpty(),
                    () -> url + " serves the manifest");
        assertFalse(
                Iter.anyMatch(dataset(get("get")).find(), q -> digests.contains(q.getObject())),
                "the whole dataset serves the manifest");
    }

    @Test
    void theWholeDatasetIsItsNamedGraphsOnce() {
        DatasetGraph whole = dataset(get("get"));
        DatasetGraph store = Article.store();
        Txn.executeRead(store, () -> {
            assertTrue(
                    whole.getDefaultGraph().isIsomorphicWith(store.getDefaultGraph()),
                    "the default graph is the reading view");
            List<Node> names = toList(Iter.filter(store.listGraphNodes(), Stores::isData));
            assertFalse(names.isEmpty());
            assertEquals(Set.copyOf(names), Set.copyOf(toList(whole.listGraphNodes())));
            for (Node name : names)
                assertTrue(whole.getGraph(name).isIsomorphicWith(store.getGraph(name)), () -> name + " differs");
        });
    }

    @Test
    void headOfTheDefaultGraphFindsIt() {
        HttpResponse<String> head = Http.send(HttpRequest.newBuilder(URI.create(get("get?default")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(200, head.statusCode());
    }

    private static String get(String pathAndQuery) {
        return Article.server().dataset().replaceAll("/$", "")
                + (pathAndQuery.startsWith("?") ? "" : "/")
                + pathAndQuery;
    }

    private static Graph construct() {
        HttpResponse<String> response = Http.query(
                Article.server().sparql(), "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples");
        assertEquals(200, response.statusCode(), response::body);
        return RDFParser.fromString(response.body(), Lang.NTRIPLES).toGraph();
    }

    private static Graph graph(String url) {
        HttpResponse<String> response = Http.get(url, "application/n-triples");
        assertEquals(200, response.statusCode(), () -> url + ": " + response.body());
        return RDFParser.fromString(response.body(), Lang.NTRIPLES).toGraph();
    }

    private static DatasetGraph dataset(String url) {
        HttpResponse<String> response = Http.get(url, "application/n-quads");
        assertEquals(200, response.statusCode(), () -> url + ": " + response.body());
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(response.body(), Lang.NQUADS).parse(dataset);
        return dataset;
    }

    private static <T> List<T> toList(Iterator<T> iterator) {
        return Iter.toList(iterator);
    }
}
