package org.w3id.parley.store;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds many quads to a store inside the caller's write transaction. On TDB2 it adds them one index at a time, each
 * index receiving the quads in its own key order: B+tree pages then fill from one end instead of shifting half their
 * records on every insert, which is most of what adding quads one by one costs. The components changed and the
 * transaction are the ones {@link DatasetGraph#add(Quad)} uses, so an abort or a crash before the commit leaves the
 * store as it was — unlike TDB2's phased and parallel bulk loaders, which write outside the transaction.
 */
public final class SortedInsert {
    private static final int ABANDON_CHECK_EVERY = 50_000;

    /** Adds {@code quads} (all in named graphs) to {@code store}; returns early, having added some, once {@code abandon} is true. */
    public static void addAll(DatasetGraph store, List<Quad> quads, BooleanSupplier abandon) {
        if (!TDBInternal.isBackedByTDB(store) || quads.stream().anyMatch(q -> q.isDefaultGraph() || q.isUnionGraph())) {
            for (int i = 0; i < quads.size(); i++) {
                if (i % ABANDON_CHECK_EVERY == 0 && abandon.getAsBoolean()) return;
                store.add(quads.get(i));
            }
            return;
        }
        NodeTupleTable table =
                TDBInternal.getDatasetGraphTDB(store).getQuadTable().getNodeTupleTable();
        Ids ids = Ids.allocate(table.getNodeTable(), quads);
        for (TupleIndex index : table.getTupleTable().getIndexes()) {
            Integer[] order = ids.sortedFor(index.getMapping());
            for (int i = 0; i < order.length; i++) {
                if (i % ABANDON_CHECK_EVERY == 0 && abandon.getAsBoolean()) return;
                index.add(ids.tuple(order[i]));
            }
        }
    }

    /** The node ids of every quad, in the quad table's own column order (G, S, P, O), and the index keys they make. */
    private record Ids(NodeId[] ids, long[] keys) {
        private static final int WIDTH = 4;

        static Ids allocate(NodeTable nodes, List<Quad> quads) {
            NodeId[] ids = new NodeId[quads.size() * WIDTH];
            long[] keys = new long[ids.length];
            byte[] bytes = new byte[NodeId.SIZE];
            for (int q = 0; q < quads.size(); q++) {
                Quad quad = quads.get(q);
                ids[q * WIDTH] = nodes.getAllocateNodeId(quad.getGraph());
                ids[q * WIDTH + 1] = nodes.getAllocateNodeId(quad.getSubject());
                ids[q * WIDTH + 2] = nodes.getAllocateNodeId(quad.getPredicate());
                ids[q * WIDTH + 3] = nodes.getAllocateNodeId(quad.getObject());
                for (int c = q * WIDTH; c < q * WIDTH + WIDTH; c++) {
                    // the bytes an index record holds for this id, compared unsigned as B+tree records are
                    NodeIdFactory.set(ids[c], bytes, 0);
                    keys[c] = Bytes.getLong(bytes, 0);
                }
            }
            return new Ids(ids, keys);
        }

        /** The quads' positions, in the order of the index whose record slots {@code mapping} fills from the columns. */
        Integer[] sortedFor(TupleMap mapping) {
            int[] columns = new int[WIDTH];
            for (int slot = 0; slot < WIDTH; slot++)
                columns[slot] = mapping.getSlotIdx(slot); // as TupleLib.record lays a record out
            Integer[] order = new Integer[ids.length / WIDTH];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> {
                for (int column : columns) {
                    int c = Long.compareUnsigned(keys[a * WIDTH + column], keys[b * WIDTH + column]);
                    if (c != 0) return c;
                }
                return 0;
            });
            return order;
        }

        Tuple<NodeId> tuple(int quad) {
            int at = quad * WIDTH;
            return TupleFactory.create4(ids[at], ids[at + 1], ids[at + 2], ids[at + 3]);
        }
    }

    private SortedInsert() {}
}
