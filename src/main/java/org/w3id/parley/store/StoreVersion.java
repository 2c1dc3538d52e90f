package org.w3id.parley.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Which committed state of the store a reader sees. TDB2 numbers the committed states; anything
 * derived from the data (dumps, the dataset description) is cached under that number and rebuilt when it moves.
 */
public final class StoreVersion {
    private final DatasetGraph store;

    public StoreVersion(DatasetGraph store) {
        this.store = store;
    }

    /** The committed version a new reader would see; -1 for a store that is not TDB2 (then nothing can be cached). */
    public long current() {
        if (!TDBInternal.isTDB2(store)) return -1;
        return Txn.calculateRead(
                store,
                () -> TDBInternal.getDatasetGraphTDB(store)
                        .getTxnSystem()
                        .getThreadTransaction()
                        .getDataVersion());
    }
}
