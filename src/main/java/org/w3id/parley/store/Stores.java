package org.w3id.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.w3id.parley.ParleyException;
import org.w3id.parley.search.SearchIndex;

/**
 * Opens the datasets Parley works on. Every store shows the union of its named graphs as the default
 * graph, so a plain query sees every claim while {@code GRAPH ?g} still reaches each one; and every store has its
 * full-text index attached ({@link SearchIndex}), kept in the store's folder.
 */
public final class Stores {

    /** Opens the TDB2 store in {@code dir}, creating it if the directory is absent or empty. */
    public static DatasetGraph openTdb2(Path dir) {
        DatasetGraph dataset;
        if (Files.exists(dir) && !Files.isDirectory(dir))
            throw new ParleyException("Store " + dir + " is not a directory.");
        if (Files.isDirectory(dir) && !(Files.isReadable(dir) && Files.isWritable(dir) && Files.isExecutable(dir)))
            throw new ParleyException("Store directory " + dir + " is not readable and writable by this user.");
        try {
            dataset = withUnionDefaultGraph(DatabaseMgr.connectDatasetGraph(dir.toString()));
        } catch (DBOpEnvException ex) {
            throw new ParleyException(
                    "Store " + dir + " is in use by another process (" + ex.getMessage()
                            + "); stop that process or choose another --store.",
                    ex);
        } catch (RuntimeException ex) {
            throw new ParleyException("Cannot open store " + dir + ": " + ex.getMessage(), ex);
        }
        SearchIndex.openFor(dataset, dir.resolve(SearchIndex.FOLDER));
        return dataset;
    }

    /** Opens the TDB2 store in {@code dir}, which must already be one: for commands that make no sense on a new store. */
    public static DatasetGraph openExistingTdb2(Path dir) {
        if (!Files.exists(dir)) throw new ParleyException("Store " + dir + " does not exist.");
        if (Files.isDirectory(dir) && Files.isReadable(dir) && DatabaseOps.findStorageLocation(dir) == null)
            throw new ParleyException("Store " + dir + " holds no TDB2 database.");
        return openTdb2(dir);
    }

    /** A fresh transactional in-memory store (TDB2 in memory, so it behaves exactly like the disk one). */
    public static DatasetGraph inMemory() {
        DatasetGraph dataset = withUnionDefaultGraph(DatabaseMgr.createDatasetGraph());
        SearchIndex.inMemoryFor(dataset);
        return dataset;
    }

    private static DatasetGraph withUnionDefaultGraph(DatasetGraph dsg) {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    private Stores() {}
}
