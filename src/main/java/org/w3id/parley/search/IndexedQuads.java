package org.w3id.parley.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.parley.Sha256;

/**
 * The quads the index is made from, read from the store (inside the caller's transaction), and their fingerprint: the
 * number of them and the sum of a hash of each. A sum does not depend on the order TDB2 returns them in, which moves
 * when a compaction renumbers the nodes; any quad added, removed or changed moves it.
 */
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

    static String fingerprint(DatasetGraph store) {
        long[] countAndSum = new long[2];
        forEach(store, q -> {
            countAndSum[0]++;
            countAndSum[1] += hash(q);
        });
        return countAndSum[0] + "-" + Long.toHexString(countAndSum[1]);
    }

    private static long hash(Quad quad) {
        String line = NodeFmtLib.str(quad);
        byte[] digest = Sha256.digest().digest(line.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest).getLong();
    }
}
