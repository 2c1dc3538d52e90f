package org.w3id.parley.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.dboe.trans.bplustree.BPTStateMgr;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Where a TDB2 store's committed data stands, in a form that outlives the process: the generation folder in use and,
 * for each B+tree index of its quads and triples, the root block and how many blocks it has allocated. TDB2's indexes
 * are copy-on-write and never reuse a block, so every commit that adds or removes a quad moves one of them, and a
 * compaction moves the folder. Reading them costs a few fields; comparing the search index with the store costs a read
 * of every indexed quad, which is why {@link SearchIndex} compares these first.
 */
final class StoreState {
    private StoreState() {}

    /** The state of {@code store}'s last commit; empty for a store that is not TDB2, or whose indexes are not B+trees. */
    static Optional<String> of(DatasetGraph store) {
        if (!TDBInternal.isTDB2(store)) return Optional.empty();
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(store);
        List<TupleIndex> indexes = new ArrayList<>();
        indexes.addAll(
                List.of(tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()));
        indexes.addAll(
                List.of(tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes()));
        // the generation folder by name: a store copied elsewhere is in the same state
        StringBuilder state = new StringBuilder(
                Path.of(tdb.getLocation().getDirectoryPath()).getFileName().toString());
        for (TupleIndex index : indexes) {
            if (!(index instanceof TupleIndexRecord record)) return Optional.empty();
            RangeIndex range = record.getRangeIndex();
            if (!(range instanceof BPlusTree tree)) return Optional.empty();
            BPTStateMgr committed = tree.getStateManager();
            state.append(' ')
                    .append(index.getName())
                    .append(':')
                    .append(committed.getRoot())
                    .append('/')
                    .append(committed.getNodeBlocksLimit())
                    .append('/')
                    .append(committed.getRecordsBlocksLimit());
        }
        return Optional.of(state.toString());
    }
}
