package org.w3id.parley.publish.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.parley.store.Stores;

/** Descriptions keep each statement's graphs, pull in the fragments of the same document, and page large link sets. */
class DescriberTest {
    private static final String EX = "http://example.org/id/";
    private static final Node LINKS = uri("links"), LABEL = RDFS.label.asNode();

    @Test
    void incomingLinksComeInPagesAndEachStatementOnce() {
        DatasetGraph store = Stores.inMemory();
        Node hub = uri("hub");
        Txn.executeWrite(store, () -> {
            for (int i = 0; i < 450; i++) store.add(uri("graph/a"), uri("item/" + i), LINKS, hub);
            store.add(uri("graph/b"), uri("item/7"), LINKS, hub); // the same statement, stated in a second graph
        });
        Describer describer = new Describer(store, new Labels(store));
        Set<Triple> seen = new HashSet<>();
        Description first = describer.describe(hub, 0);
        assertEquals(Describer.INCOMING_PAGE, first.incoming().size());
        assertTrue(first.more());
        Description third = describer.describe(hub, 2);
        assertEquals(450 - 2 * Describer.INCOMING_PAGE, third.incoming().size());
        assertFalse(third.more());
        for (int page = 0; page < 3; page++)
            describer
                    .describe(hub, page)
                    .incoming()
                    .forEach(t -> assertTrue(seen.add(t), "no statement on two pages: " + t));
        assertEquals(450, seen.size());
        Triple seven = Triple.create(uri("item/7"), LINKS, hub);
        Description withSeven = IntStream.range(0, 3)
                .mapToObj(p -> describer.describe(hub, p))
                .filter(d -> d.incoming().contains(seven))
                .findFirst()
                .orElseThrow();
        assertEquals(
                Set.of(uri("graph/a"), uri("graph/b")), withSeven.sources().get(seven), "both graphs that state it");
    }

    @Test
    void fragmentsOfTheSameDocumentAreDescribedWithIt() {
        DatasetGraph store = Stores.inMemory();
        Node claim = uri("claim/c");
        Node target = NodeFactory.createURI(EX + "claim/c#target");
        Node annotation = NodeFactory.createURI(EX + "claim/c#annotation");
        Txn.executeWrite(store, () -> {
            store.add(uri("graph/claims"), claim, uri("hasQuote"), target);
            store.add(uri("graph/claims"), target, uri("exact"), NodeFactory.createLiteralString("the words"));
            store.add(uri("graph/claims"), annotation, uri("hasBody"), claim);
            store.add(uri("graph/claims"), annotation, LABEL, NodeFactory.createLiteralString("an annotation"));
            store.add(claim, uri("x"), uri("y"), uri("z"));
        });
        Description d = new Describer(store, new Labels(store)).describe(claim, 0);
        assertTrue(d.outgoing()
                .contains(Triple.create(target, uri("exact"), NodeFactory.createLiteralString("the words"))));
        assertTrue(
                d.outgoing()
                        .contains(Triple.create(annotation, LABEL, NodeFactory.createLiteralString("an annotation"))),
                "a fragment that points at the resource belongs to its document");
        assertTrue(d.incoming().isEmpty(), "links from its own fragments are not incoming links");
        assertEquals(1, d.contents().size(), "the graph the claim names");
    }

    @Test
    void unknownResourcesAreEmpty() {
        DatasetGraph store = Stores.inMemory();
        assertTrue(new Describer(store, new Labels(store))
                .describe(uri("nothing"), 0)
                .isEmpty());
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(EX + local);
    }
}
