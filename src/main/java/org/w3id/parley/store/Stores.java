package org.w3id.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.w3id.parley.ParleyException;
import org.w3id.parley.search.SearchIndex;

/**
 * Opens the datasets Parley works on. A store's default graph is its own, the reading view the loader writes (what the
 * sources state as fact, no position), not the union of its named graphs; every store has its full-text index attached
 * ({@link SearchIndex}), kept in the store's folder.
 */
public final class Stores {
    /**
     * The named graph the loader keeps its manifest in: bookkeeping (digests and graph names), not data, so every reader
     * but the loader leaves it out (pages, dumps, exports, the served SPARQL and Graph Store).
     */
    public static final Node MANIFEST_GRAPH = NodeFactory.createURI("urn:x-parley:load-manifest");

    /** Whether {@code graph} holds data rather than the loader's bookkeeping. */
    public static boolean isData(Node graph) {
        return !MANIFEST_GRAPH.equals(graph);
    }

    /** Opens the TDB2 store in {@code dir}, creating it if the directory is absent or empty. */
    public static DatasetGraph openTdb2(Path dir) {
        DatasetGraph dataset;
        if (Files.exists(dir) && !Files.isDirectory(dir))
            throw new ParleyException("Store " + dir + " is not a directory.");
        if (Files.isDirectory(dir) && !(Files.isReadable(dir) && Files.isWritable(dir) && Files.isExecutable(dir)))
            throw new ParleyException("Store directory " + dir + " is not readable and writable by this user.");
        try {
            dataset = DatabaseMgr.connectDatasetGraph(dir.toString());
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
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        SearchIndex.inMemoryFor(dataset);
        return dataset;
    }

    private Stores() {}
}
