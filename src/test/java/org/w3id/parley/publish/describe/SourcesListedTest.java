package org.w3id.parley.publish.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Article;

/**
 * The home page lists and counts every source, not only the article: a source added with {@code parley source add} is a
 * {@code schema:CreativeWork}, and one with two authors is still one source.
 */
class SourcesListedTest {
    private static final String ID = "https://w3id.org/parley/id/";

    private static Node id(String path) {
        return NodeFactory.createURI(ID + path);
    }

    private static DatasetGraph articleAndASecondSource() {
        DatasetGraph store = Article.freshStore();
        Node graph = id("graph/source/second");
        Node source = id("source/second");
        Txn.executeWrite(store, () -> {
            store.add(graph, source, RDF.type.asNode(), node(SchemaDO.CreativeWork));
            store.add(graph, source, node(SchemaDO.headline), NodeFactory.createLiteralString("A second source"));
            store.add(graph, source, node(SchemaDO.author), id("actor/washington"));
            store.add(graph, source, node(SchemaDO.author), id("actor/russia"));
            store.add(
                    graph,
                    source,
                    node(SchemaDO.datePublished),
                    NodeFactory.createLiteralDT("2026-03-03", XSDDatatype.XSDdate));
        });
        return store;
    }

    private static Node node(Resource term) {
        return term.asNode();
    }

    @Test
    void everySourceIsListedOnceWithItsFirstAuthor() {
        List<Binding> rows = new SummaryQueries(articleAndASecondSource()).rows("articles.rq", Map.of());
        assertEquals(
                List.of(
                        List.of(id("source/second"), id("actor/russia")),
                        List.of(id("article/conceding-donetsk"), id("actor/jennifer-kavanagh"))),
                rows.stream()
                        .map(row -> List.of(row.get("article"), row.get("author")))
                        .toList(),
                "newest first, one row each");
    }

    @Test
    void theSourcesAreCountedTogether() {
        List<Binding> rows = new SummaryQueries(articleAndASecondSource()).rows("counts.rq", Map.of());
        assertEquals("Sources", rows.get(0).get("label").getLiteralLexicalForm());
        assertEquals(2, ((Number) rows.get(0).get("n").getLiteralValue()).intValue());
    }
}
