package org.w3id.parley.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.parley.ParleyException;

/**
 * The store's full-text index, and what keeps it equal to the store. Every commit of the index records, in Lucene's
 * commit user data, the {@link Fingerprint} of the quads it was made from and, once known, the {@link StoreState} of
 * the store it matches; a load stages its index changes in its own write transaction, brings the fingerprint up to
 * date by what it changed, and commits right after the store ({@link #stage}). Whenever the two can disagree the index
 * is checked against the store and rebuilt from it if they do: when it is opened and the store is not in the state
 * recorded (missing, unreadable, or a kill between the two commits), and before a search once the store has moved on
 * without it (a SPARQL Update). So a load reads what it changes, not the whole store. Attached to the dataset's
 * context, where {@code text:query} finds it.
 */
public final class SearchIndex implements AutoCloseable {
    /** The index's folder inside the store's. */
    public static final String FOLDER = "text-index";

    static final String FINGERPRINT = "parley.fingerprint";
    static final String STATE = "parley.store-state";
    private static final Symbol ATTACHED = Symbol.create("https://w3id.org/parley/search#index");
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    private final DatasetGraph store;
    private final TextIndexLucene lucene;
    /** Held while the index is written, so that a rebuild never interleaves with a load's staged changes. */
    private final ReentrantLock writing = new ReentrantLock();

    /** The fingerprint of the index's last commit; null for none. */
    private volatile Fingerprint committed;
    /** The store state the index is known to match; null when not known. */
    private volatile String matchedState;

    private volatile long checkedVersion = -1;

    private SearchIndex(DatasetGraph store, TextIndexLucene lucene, Map<String, String> commitData) {
        this.store = store;
        this.lucene = lucene;
        this.committed = Fingerprint.parse(commitData.get(FINGERPRINT));
        this.matchedState = committed == null ? null : commitData.get(STATE);
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
        Map<String, String> committed;
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
            committed = Map.of();
        }
        return attach(store, lucene, committed);
    }

    /** A new index in memory for the in-memory store {@code store}. */
    public static SearchIndex inMemoryFor(DatasetGraph store) {
        return attach(store, new TextIndexLucene(new ByteBuffersDirectory(), SearchFields.config()), Map.of());
    }

    private static SearchIndex attach(DatasetGraph store, TextIndexLucene lucene, Map<String, String> committed) {
        SearchIndex index = new SearchIndex(store, lucene, committed);
        index.check();
        store.getContext().set(ATTACHED, index);
        TextQueryScope.install(store.getContext());
        store.getContext().set(TextQuery.textIndex, new ServedTextIndex(index, lucene));
        return index;
    }

    /**
     * What the index's last commit recorded (empty for no commit), once its segments open: a damaged file fails here
     * rather than in a search.
     */
    private static Map<String, String> readable(Directory directory) throws IOException {
        DirectoryReader.open(directory).close();
        return SegmentInfos.readLatestCommit(directory).getUserData();
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

    /**
     * Compares the index with the store, rebuilds it if they differ, and remembers the version checked. A store in the
     * state the index recorded is not read through.
     */
    private void check() {
        writing.lock();
        try {
            Observed now = observe();
            if (committed != null && now.state() != null && now.state().equals(matchedState)) {
                checkedVersion = now.version();
                return;
            }
            Txn.executeRead(store, () -> {
                long seen = committedVersion();
                // the state read before is that of this snapshot only if no commit came in between
                String state = seen == now.version() ? now.state() : null;
                Fingerprint fingerprint = IndexedQuads.fingerprint(store, fields());
                if (!fingerprint.equals(committed)) rebuild(fingerprint, state);
                else if (state != null) record(fingerprint, state);
                checkedVersion = seen;
            });
        } finally {
            writing.unlock();
        }
    }

    /** The store's last committed version and its state, or no state when it cannot be read for sure. */
    private record Observed(long version, String state) {}

    /**
     * Inside a transaction this thread sees its own snapshot's version, which may be older than the state read, so no
     * state is taken then.
     */
    private Observed observe() {
        if (store.isInTransaction()) return new Observed(committedVersion(), null);
        long before = committedVersion();
        Optional<String> state = StoreState.of(store);
        long after = committedVersion();
        return new Observed(after, before == after ? state.orElse(null) : null);
    }

    private void rebuild(Fingerprint fingerprint, String state) {
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
        record(fingerprint, state);
    }

    /** Commits the index, recording what it was made from. */
    private void record(Fingerprint fingerprint, String state) {
        commitData(fingerprint, state);
        lucene.commit();
        committed = fingerprint;
        matchedState = state;
    }

    private void add(Quad quad) {
        lucene.addEntity(TextQueryFuncs.entityFromQuad(lucene.getDocDef(), quad));
    }

    private EntityDefinition fields() {
        return lucene.getDocDef();
    }

    private void commitData(Fingerprint fingerprint, String state) {
        Map<String, String> data = new HashMap<>();
        data.put(FINGERPRINT, fingerprint.toString());
        if (state != null) data.put(STATE, state);
        lucene.getIndexWriter().setLiveCommitData(data.entrySet());
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
            // Inside the write transaction the committed state is the one this transaction started from.
            Optional<String> from = StoreState.of(store);
            boolean matched =
                    committed != null && from.isPresent() && from.get().equals(matchedState);
            Fingerprint[] fingerprint = {matched ? minusDocumentsOf(graphs, committed) : null};
            for (Node graph : graphs) writer.deleteDocuments(graphTerm(graph));
            IndexedQuads.forEachIn(store, graphs, q -> {
                add(q);
                if (fingerprint[0] != null) fingerprint[0] = fingerprint[0].plus(fields(), q);
            });
            if (fingerprint[0] == null) fingerprint[0] = IndexedQuads.fingerprint(store, fields());
            commitData(fingerprint[0], null);
            lucene.prepareCommit();
            return new Staged(fingerprint[0], committedVersion() + 1);
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

    /** {@code fingerprint} without the documents of {@code graphs}, as the index holds them now. */
    private Fingerprint minusDocumentsOf(Collection<Node> graphs, Fingerprint fingerprint) throws IOException {
        Fingerprint rest = fingerprint;
        try (DirectoryReader reader = DirectoryReader.open(lucene.getIndexWriter())) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (Node graph : graphs) {
                    PostingsEnum docs = leaf.reader().postings(graphTerm(graph), PostingsEnum.NONE);
                    if (docs == null) continue;
                    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc())
                        if (live == null || live.get(doc))
                            rest = rest.minus(stored.document(doc, Set.of(SearchFields.UID))
                                    .get(SearchFields.UID));
                }
            }
        }
        return rest;
    }

    private static Term graphTerm(Node graph) {
        return new Term(SearchFields.GRAPH, TextQueryFuncs.graphNodeToString(graph));
    }

    /** A load's index changes, prepared; the index is not written by anyone else until they are committed or not. */
    public final class Staged {
        private final Fingerprint fingerprint;
        private final long version;

        /** {@code version}: the one the store's commit makes. */
        private Staged(Fingerprint fingerprint, long version) {
            this.fingerprint = fingerprint;
            this.version = version;
        }

        /**
         * After the store's commit. Should this fail the store is ahead of the index; the next search or opening
         * rebuilds it, so the load still stands.
         */
        public void commit() {
            try {
                lucene.commit();
                committed = fingerprint;
                matchedState = null;
                checkedVersion = committedVersion();
                // Recorded only once the store has committed: a kill before this leaves an index the next opening
                // compares with the store, and the state is the store's own only if no other commit came after it.
                Observed now = observe();
                if (now.state() != null && now.version() == version) record(fingerprint, now.state());
            } catch (RuntimeException ex) {
                LOG.warn("Cannot commit the search index ({}); it will be rebuilt from the store.", ex.toString());
                committed = null;
                matchedState = null;
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
