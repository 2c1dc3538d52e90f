package org.w3id.parley.search;

import java.util.Collection;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/** The quads the index is made from, read from the store (inside the caller's transaction), and their {@link Fingerprint}. */
final class IndexedQuads {
    private IndexedQuads() {}

    /** Every literal of an indexed property in a named graph. */
    static void forEach(DatasetGraph store, Consumer<Quad> action) {
        for (Node property : SearchFields.PROPERTIES)
            store.findNG(Node.ANY, Node.ANY, property, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) action.accept(q);
            });
    }

    /** The same, in the graphs given only. */
    static void forEachIn(DatasetGraph store, Collection<Node> graphs, Consumer<Quad> action) {
        for (Node graph : graphs)
            for (Node property : SearchFields.PROPERTIES)
                store.find(graph, Node.ANY, property, Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().isLiteral()) action.accept(q);
                });
    }

    /** The fingerprint of every indexed quad of {@code store}, documents made with {@code fields}. */
    static Fingerprint fingerprint(DatasetGraph store, EntityDefinition fields) {
        Fingerprint[] fingerprint = {Fingerprint.EMPTY};
        forEach(store, q -> fingerprint[0] = fingerprint[0].plus(fields, q));
        return fingerprint[0];
    }
}
