package org.w3id.parley.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.parley.ParleyException;

/**
 * The store's full-text index, and what keeps it equal to the store. Every commit of the index records, in Lucene's
 * commit user data, the fingerprint of the quads it was made from ({@link IndexedQuads}); a load stages its index
 * changes in its own write transaction and commits them right after the store ({@link #stage}). Whenever the two can
 * disagree the index is checked against the store and rebuilt from it if they do: when it is opened (missing,
 * unreadable, or a kill between the two commits), and before a search once the store has moved on without it (a
 * SPARQL Update). Attached to the dataset's context, where {@code text:query} finds it.
 */
public final class SearchIndex implements AutoCloseable {
    /** The index's folder inside the store's. */
    public static final String FOLDER = "text-index";

    static final String FINGERPRINT = "parley.fingerprint";
    private static final Symbol ATTACHED = Symbol.create("https://w3id.org/parley/search#index");
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    private final DatasetGraph store;
    private final TextIndexLucene lucene;
    /** Held while the index is written, so that a rebuild never interleaves with a load's staged changes. */
    private final ReentrantLock writing = new ReentrantLock();

    private volatile String committed;
    private volatile long checkedVersion = -1;

    private SearchIndex(DatasetGraph store, TextIndexLucene lucene, String committed) {
        this.store = store;
        this.lucene = lucene;
        this.committed = committed;
    }

    /** The index attached to {@code dataset} (or to the store it is a view of), if any. */
    public static Optional<SearchIndex> of(DatasetGraph dataset) {
        return Optional.ofNullable(dataset.getContext().get(ATTACHED));
    }

    /**
     * Opens the index of the on-disk store {@code store} in {@code folder}, or makes it, brings it up to date with the
     * store and attaches it. An index that cannot be read is deleted and rebuilt: it holds nothing the store does not.
     */
    public static SearchIndex openFor(DatasetGraph store, Path folder) {
        Optional<SearchIndex> open = of(store);
        if (open.isPresent()) {
            open.get().syncIfMoved();
            return open.get();
        }
        TextIndexLucene lucene = null;
        String committed;
        try {
            lucene = new TextIndexLucene(FSDirectory.open(folder), SearchFields.config());
            committed = readable(lucene.getDirectory());
        } catch (IOException | RuntimeException ex) {
            if (ex instanceof LockObtainFailedException || ex.getCause() instanceof LockObtainFailedException)
                throw new ParleyException("The search index " + folder + " is in use by another process.", ex);
            LOG.warn("The search index {} cannot be read ({}); rebuilding it from the store.", folder, ex.toString());
            if (lucene != null) closeQuietly(lucene);
            deleteTree(folder);
            try {
                lucene = new TextIndexLucene(FSDirectory.open(folder), SearchFields.config());
            } catch (IOException again) {
                throw new UncheckedIOException("Cannot make the search index " + folder, again);
            }
            committed = null;
        }
        return attach(store, lucene, committed);
    }

    /** A new index in memory for the in-memory store {@code store}. */
    public static SearchIndex inMemoryFor(DatasetGraph store) {
        return attach(store, new TextIndexLucene(new ByteBuffersDirectory(), SearchFields.config()), null);
    }

    private static SearchIndex attach(DatasetGraph store, TextIndexLucene lucene, String committed) {
        SearchIndex index = new SearchIndex(store, lucene, committed);
        index.check();
        store.getContext().set(ATTACHED, index);
        TextQueryScope.install(store.getContext());
        store.getContext().set(TextQuery.textIndex, new ServedTextIndex(index, lucene));
        return index;
    }

    /**
     * The fingerprint the index's last commit recorded ({@code null} for none), once its segments open: a damaged file
     * fails here rather than in a search.
     */
    private static String readable(Directory directory) throws IOException {
        DirectoryReader.open(directory).close();
        return SegmentInfos.readLatestCommit(directory).getUserData().get(FINGERPRINT);
    }

    private static void closeQuietly(TextIndexLucene lucene) {
        try {
            lucene.close();
        } catch (RuntimeException ex) {
            // a damaged index may not close cleanly; it is deleted next
            LOG.debug("Closing the damaged search index failed", ex);
        }
    }

    /**
     * The committed version of the store a new reader would see (TDB2 numbers them; -1 for another kind of store). Read
     * here rather than through the store package, which opens stores with their index and so depends on this one.
     */
    private long committedVersion() {
        if (!TDBInternal.isTDB2(store)) return -1;
        return Txn.calculateRead(
                store,
                () -> TDBInternal.getDatasetGraphTDB(store)
                        .getTxnSystem()
                        .getThreadTransaction()
                        .getDataVersion());
    }

    /** Where the index is, for searching it. */
    Directory directory() {
        return lucene.getDirectory();
    }

    /** How the index splits words, for queries and for marking hits. */
    Analyzer analyzer() {
        return lucene.getQueryAnalyzer();
    }

    /** The store the index is of. */
    DatasetGraph store() {
        return store;
    }

    /**
     * Before a search: if the store has committed since the index was last known to match it, and no load is writing
     * the index now (a load brings it up to date itself), checks it and rebuilds it if they differ.
     */
    void syncIfMoved() {
        long now = committedVersion();
        if (now < 0 || now <= checkedVersion || !writing.tryLock()) return;
        try {
            if (now > checkedVersion) check();
        } finally {
            writing.unlock();
        }
    }

    /** Compares the index with the store, rebuilds it if they differ, and remembers the version checked. */
    private void check() {
        writing.lock();
        try {
            Txn.executeRead(store, () -> {
                String fingerprint = IndexedQuads.fingerprint(store);
                if (!fingerprint.equals(committed)) rebuild(fingerprint);
                checkedVersion = committedVersion();
            });
        } finally {
            writing.unlock();
        }
    }

    private void rebuild(String fingerprint) {
        if (committed != null)
            LOG.warn(
                    "The search index does not match the store ({} against {}); rebuilding it.",
                    committed,
                    fingerprint);
        try {
            lucene.getIndexWriter().deleteAll();
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot clear the search index", ex);
        }
        IndexedQuads.forEach(store, this::add);
        commitData(fingerprint);
        lucene.commit();
        committed = fingerprint;
    }

    private void add(Quad quad) {
        lucene.addEntity(TextQueryFuncs.entityFromQuad(lucene.getDocDef(), quad));
    }

    private void commitData(String fingerprint) {
        lucene.getIndexWriter()
                .setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
    }

    /**
     * Inside the store's write transaction, once its writes are done: replaces the index's documents of
     * {@code graphs} (the graphs the transaction replaced, removed or wrote) with what the store now holds in them,
     * and prepares the index's commit. The caller commits the store, then {@link Staged#commit()}s; or else
     * {@link Staged#rollback()}s.
     */
    public Staged stage(Collection<Node> graphs) {
        writing.lock();
        try {
            IndexWriter writer = lucene.getIndexWriter();
            for (Node graph : graphs)
                writer.deleteDocuments(new Term(SearchFields.GRAPH, TextQueryFuncs.graphNodeToString(graph)));
            IndexedQuads.forEachIn(store, graphs, this::add);
            String fingerprint = IndexedQuads.fingerprint(store);
            commitData(fingerprint);
            lucene.prepareCommit();
            return new Staged(fingerprint);
        } catch (IOException | RuntimeException ex) {
            try {
                lucene.rollback();
            } finally {
                writing.unlock();
            }
            if (ex instanceof IOException io) throw new UncheckedIOException("Cannot update the search index", io);
            throw (RuntimeException) ex;
        }
    }

    /** A load's index changes, prepared; the index is not written by anyone else until they are committed or not. */
    public final class Staged {
        private final String fingerprint;

        private Staged(String fingerprint) {
            this.fingerprint = fingerprint;
        }

        /**
         * After the store's commit. Should this fail the store is ahead of the index; the next search or opening
         * rebuilds it, so the load still stands.
         */
        public void commit() {
            try {
                lucene.commit();
                committed = fingerprint;
                checkedVersion = committedVersion();
            } catch (RuntimeException ex) {
                LOG.warn("Cannot commit the search index ({}); it will be rebuilt from the store.", ex.toString());
                committed = null;
                checkedVersion = -1;
            } finally {
                writing.unlock();
            }
        }

        /** When the store's transaction is abandoned. */
        public void rollback() {
            try {
                lucene.rollback();
            } finally {
                writing.unlock();
            }
        }
    }

    /** Closes the index; the store keeps it attached no longer. */
    @Override
    public void close() {
        store.getContext().remove(ATTACHED);
        store.getContext().remove(TextQuery.textIndex);
        lucene.close();
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot delete the unreadable search index " + root, ex);
        }
    }
}
