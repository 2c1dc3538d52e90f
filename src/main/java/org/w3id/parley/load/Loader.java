package org.w3id.parley.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.parley.ParleyException;
import org.w3id.parley.Sha256;
import org.w3id.parley.search.SearchIndex;
import org.w3id.parley.store.Stores;
import org.w3id.parley.vocab.ParleyId;

/**
 * Parse, validate, infer, write: all in one write transaction, so a load either lands whole or leaves
 * the store exactly as it was. Reloading a file first drops the graphs it wrote last time.
 */
public final class Loader {
    private final DatasetGraph store;
    private final Validation validation;
    private final Inference inference;
    private final Consumer<String> progress;
    private final long batchBytes;

    public Loader(DatasetGraph store, Validation validation, Inference inference, Consumer<String> progress) {
        this(store, validation, inference, progress, LoadBatches.FIT_THE_HEAP);
    }

    private Loader(
            DatasetGraph store,
            Validation validation,
            Inference inference,
            Consumer<String> progress,
            long batchBytes) {
        this.store = Objects.requireNonNull(store);
        this.validation = Objects.requireNonNull(validation);
        this.inference = Objects.requireNonNull(inference);
        this.progress = Objects.requireNonNull(progress);
        this.batchBytes = batchBytes;
    }

    /**
     * The same loader, adding files in batches of about {@code bytes} of files each instead of batches sized from the
     * heap ({@link LoadBatches}): a load that adds files holds one batch in memory at a time, and commits all of them
     * as one. Smaller batches hold less and cost more lookups in the store; a load that replaces graphs it wrote
     * before runs in one batch whatever this says.
     */
    public Loader inBatchesOf(long bytes) {
        if (bytes <= 0) throw new IllegalArgumentException("a batch needs a positive size, not " + bytes);
        return new Loader(store, validation, inference, progress, bytes);
    }

    /** Loads the files and folders given and commits. */
    public LoadResult load(List<Path> paths) {
        return run(paths, true);
    }

    /** Runs every step of a load, then rolls it back: nothing is written. */
    public LoadResult check(List<Path> paths) {
        return run(paths, false);
    }

    /** Whether every file under {@code paths} is in the store as it is on disk now, and no file loaded from them has gone. */
    public boolean isCurrent(List<Path> paths) {
        List<Path> files = SourceFiles.expand(paths);
        Map<String, Set<String>> folders = folders(paths);
        return Txn.calculateRead(
                store,
                () -> files.stream().allMatch(this::unchanged)
                        && folders.entrySet().stream()
                                .allMatch(f -> f.getValue().containsAll(LoadManifest.members(store, f.getKey()))));
    }

    /**
     * Whether the store holds {@code file} as it is now: same size and modification time, or else the same content;
     * and the same for every source text it read.
     */
    private boolean unchanged(Path file) {
        return same(file)
                && LoadManifest.texts(store, key(file)).stream()
                        .map(name ->
                                file.toAbsolutePath().getParent().resolve(name).normalize())
                        .allMatch(text -> Files.isRegularFile(text) && same(text));
    }

    private boolean same(Path file) {
        String key = key(file);
        Optional<String> loaded = LoadManifest.sha256(store, key);
        if (loaded.isEmpty()) return false;
        return LoadManifest.stamp(store, key).filter(FileStamp.of(file)::equals).isPresent()
                || loaded.get().equals(sha256(file));
    }

    /** For each folder among {@code paths}: its key, and the keys of the files it holds now. */
    private static Map<String, Set<String>> folders(List<Path> paths) {
        Map<String, Set<String>> folders = new LinkedHashMap<>();
        for (Path path : paths)
            if (Files.isDirectory(path))
                folders.put(
                        key(path),
                        SourceFiles.expand(List.of(path)).stream()
                                .map(Loader::key)
                                .collect(Collectors.toSet()));
        return folders;
    }

    private LoadResult run(List<Path> paths, boolean commit) {
        long start = System.nanoTime();
        List<Path> sources = SourceFiles.expand(paths);
        // stamped before their content is digested: a change in between makes the next check read the content again
        Map<Path, FileStamp> stamps =
                sources.stream().collect(Collectors.toMap(f -> f, FileStamp::of, (a, b) -> a, LinkedHashMap::new));
        Map<Path, String> digests = digests(sources);
        Input input = new Input(digests, stamps, folders(paths));
        List<List<Path>> batches = LoadBatches.of(
                List.copyOf(digests.keySet()), batchBytes, Runtime.getRuntime().maxMemory());
        if (batches.size() > 1)
            try {
                return attempt(input, batches, commit, start);
            } catch (AcrossBatches ex) {
                progress.accept(ex.getMessage() + "; loading everything in one batch instead");
            }
        return attempt(input, List.of(List.copyOf(digests.keySet())), commit, start);
    }

    /** The files of a load: each one's digest and stamp, and the folders it was given as, with the files each holds. */
    private record Input(Map<Path, String> digests, Map<Path, FileStamp> stamps, Map<String, Set<String>> folders) {}

    /**
     * A file in one batch names something only a later batch brings, where a one-batch load would have found it (a
     * quote's text in a later file): the load starts again in one batch, which reports the error if it is one.
     */
    private static final class AcrossBatches extends RuntimeException {
        AcrossBatches(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private LoadResult attempt(Input input, List<List<Path>> batches, boolean commit, long start) {
        store.begin(TxnType.WRITE);
        try {
            // The graphs the load drops or replaces: those of files deleted from a folder since it was last loaded,
            // and those the reloaded files wrote last time. They are dropped once the quotes are anchored: until then
            // they say where each quote was, and in which text (see PreviousAnchors).
            Set<Node> replaced = new HashSet<>();
            input.folders().forEach((folder, files) -> {
                LoadManifest.members(store, folder).stream()
                        .filter(k -> !files.contains(k))
                        .forEach(k -> replaced.addAll(LoadManifest.forget(store, k)));
                LoadManifest.replaceMembers(store, folder, files);
            });
            for (Path file : input.digests().keySet()) {
                replaced.addAll(LoadManifest.graphs(store, key(file)));
                joinLoadedFolders(file, input.folders().keySet());
            }
            replaced.remove(ParleyId.INFERRED_GRAPH); // the loader's own, whatever a file wrote there
            if (batches.size() > 1 && !replaced.isEmpty()) {
                // Which graph an earlier load anchored a quote in must be read before any batch drops one: loads
                // that replace graphs stay in one batch.
                progress.accept("the load replaces graphs it wrote before, so it runs in one batch");
                batches = List.of(List.copyOf(input.digests().keySet()));
            }
            Conformance conformance =
                    batches.size() > 1 ? Conformance.deferred(validation, progress) : Conformance.atOnce(validation);
            PreviousAnchors previous = new PreviousAnchors(store);
            Totals totals = new Totals();
            for (int b = 0; b < batches.size(); b++) {
                List<Path> batch = batches.get(b);
                if (batches.size() > 1)
                    progress.accept(String.format(
                            "batch %d of %d, at %.1f s: %d file(s), %,d bytes",
                            b + 1,
                            batches.size(),
                            (System.nanoTime() - start) / 1e9,
                            batch.size(),
                            batch.stream().mapToLong(LoadBatches::size).sum()));
                pass(input, batch, replaced, previous, conformance, b > 0, totals);
            }
            conformance.settle(NamedGraphsUnion.assertedData(store), storePrefixes(), progress);
            Set<Node> dropped = new HashSet<>(replaced);
            dropped.removeAll(totals.fileOf.keySet());
            LoadResult result = new LoadResult(
                    input.digests().size(),
                    totals.quads,
                    totals.fileOf.size(),
                    dropped.size(),
                    // what the load wrote: counting the store's would cost what the store holds
                    totals.claims,
                    totals.recomputed,
                    totals.entailed,
                    totals.retracted,
                    Duration.ofNanos(System.nanoTime() - start),
                    totals.moves);
            if (commit) {
                Set<Node> touched = new HashSet<>(replaced);
                touched.addAll(totals.fileOf.keySet());
                // entailed labels are searchable too
                if (totals.recomputed || totals.entailed + totals.retracted > 0) touched.add(ParleyId.INFERRED_GRAPH);
                commitWithIndex(touched, totals.quads);
            } else store.abort();
            return result;
        } catch (RuntimeException | Error ex) {
            store.abort();
            throw ex;
        } finally {
            store.end();
        }
    }

    /** What the batches of one load did, added up. */
    private static final class Totals {
        final Map<Node, Path> fileOf = new HashMap<>();
        final List<AnchorMove> moves = new ArrayList<>();
        long quads;
        long claims;
        boolean recomputed;
        long entailed;
        long retracted;

        void add(Changed changed) {
            recomputed |= changed.recomputed();
            entailed += changed.entailed();
            retracted += changed.retracted();
        }
    }

    /**
     * Parses, stages, anchors, writes, validates and infers the files of one batch, in the load's transaction. A batch
     * after the first maintains what the batches before it wrote, unless it changes the schema.
     */
    private void pass(
            Input input,
            List<Path> files,
            Set<Node> replaced,
            PreviousAnchors previous,
            Conformance conformance,
            boolean later,
            Totals totals) {
        Staging staging = new Staging(store, replaced);
        QuoteShorthand shorthand = new QuoteShorthand();
        SourceUrls urls = new SourceUrls();
        Map<Node, Path> fileOf = new HashMap<>();
        long quads = 0;
        for (ParallelParser.ParsedFile file : ParallelParser.parseAll(files, progress)) {
            if (!file.sha256AfterRead().equals(input.digests().get(file.path())))
                throw new ParleyException(
                        file.path() + ": the file changed while it was being read; nothing was loaded");
            store.prefixes().putAll(file.prefixes());
            LoadManifest.replace(
                    store,
                    key(file.path()),
                    input.digests().get(file.path()),
                    input.stamps().get(file.path()),
                    file.parsed().graphs());
            file.parsed().graphs().forEach(g -> fileOf.putIfAbsent(g, file.path()));
            Map<String, LoadManifest.TextRecord> texts = new LinkedHashMap<>();
            List<Quad> resolved = TextFiles.resolve(
                    file.path(),
                    file.quads(),
                    read -> texts.put(
                            read.name(), new LoadManifest.TextRecord(key(read.file()), read.sha256(), read.stamp())));
            LoadManifest.replaceTexts(store, key(file.path()), texts);
            urls.collect(file.path(), resolved);
            staging.add(shorthand.collect(file.path(), resolved));
            quads += file.parsed().quads();
        }
        urls.requireNoneIn(store, replaced);
        anchor(staging, fileOf, previous, shorthand, totals.moves, conformance.isDeferred());
        LoadDelta delta = LoadDelta.of(store, replaced, staging.quads());
        boolean recompute = later ? delta.schema() : delta.schema() || !keepsMoreGraphsThan(delta.changedGraphs());
        if (later && delta.schema()) progress.accept("this batch changes the ontology: inferring over the whole store");
        totals.add(
                recompute
                        ? recompute(staging, replaced, quads, conformance)
                        : maintain(staging, replaced, delta, conformance));
        fileOf.forEach(totals.fileOf::putIfAbsent);
        totals.quads += quads;
        totals.claims += staging.claims();
    }

    /**
     * Anchors the quotes once every file of the batch is in: a claim's text may come from another file, or from an
     * earlier load. In a load of several batches, a quote that cannot be anchored may have its text in a later batch.
     */
    private void anchor(
            Staging staging,
            Map<Node, Path> fileOf,
            PreviousAnchors previous,
            QuoteShorthand shorthand,
            List<AnchorMove> moves,
            boolean batched) {
        List<AnchorMove> found = new ArrayList<>();
        try {
            WrittenSelectors.reanchor(staging, fileOf, previous, found::add);
            if (!shorthand.isEmpty()) staging.add(shorthand.anchor(staging.union(), previous, found::add));
        } catch (ParleyException ex) {
            if (batched) throw new AcrossBatches("a quote could not be anchored within its batch", ex);
            throw ex;
        }
        found.forEach(move -> progress.accept(move.describe()));
        moves.addAll(found);
    }

    private PrefixMap storePrefixes() {
        return PrefixMapFactory.create(store.prefixes());
    }

    /**
     * A file loaded on its own joins the record of every loaded folder it lies in, so that the folder's next load
     * drops its graphs once it is deleted, as it would had the folder been loaded with it.
     */
    private void joinLoadedFolders(Path file, Set<String> loadingNow) {
        String fileKey = key(file);
        for (Path dir = realPath(file).getParent(); dir != null; dir = dir.getParent()) {
            String folderKey = key(dir);
            if (!loadingNow.contains(folderKey)) LoadManifest.addMember(store, folderKey, fileKey);
        }
    }

    /** What a load did to the entailments: recomputed whole or maintained, and how many came and went. */
    private record Changed(boolean recomputed, long entailed, long retracted) {}

    /**
     * Validates the nodes whose validation the change can affect, against the store as the change leaves it: the
     * report a full validation would give for them, and no other node's can differ. Shapes whose reach from a focus
     * node cannot be bounded are checked over everything.
     */
    private void validateAffected(Graph store, List<Triple> added, List<Triple> removed, Conformance conformance) {
        // nothing is written while the nodes are validated
        Graph asserted = new LookupMemo(store);
        Set<Node> affected;
        try {
            affected = validation.affectedNodes().of(added, removed, asserted);
        } catch (UnboundedShapes ex) {
            progress.accept(ex.getMessage() + "; validating the whole store");
            conformance.whole(asserted, storePrefixes());
            return;
        }
        conformance.nodes(asserted, affected, storePrefixes());
    }

    /**
     * Whether the store holds more graphs that the load leaves as they were than graphs it changes: then maintaining
     * the entailments costs less than recomputing them. A first load, or one that changes more than it leaves, takes
     * the in-memory path, which is faster for the same work. Counting stops as soon as the answer is known, so a big
     * store is not read through.
     */
    private boolean keepsMoreGraphsThan(Set<Node> changed) {
        int enough = changed.size() + 1;
        int kept = 0;
        for (Iterator<Node> graphs = store.listGraphNodes(); graphs.hasNext() && kept < enough; ) {
            Node g = graphs.next();
            if (Stores.isData(g) && !g.equals(ParleyId.INFERRED_GRAPH) && !changed.contains(g)) kept++;
        }
        return kept >= enough;
    }

    /**
     * Validates and infers over the whole store, held in memory: for a first load, and for a load that changes what
     * the rules or the reading view are built on (the ontology).
     */
    private Changed recompute(Staging staging, Set<Node> replaced, long quads, Conformance conformance) {
        staging.holdWholeStore(store, replaced);
        long before = Iter.count(Iter.filter(
                store.find(ParleyId.INFERRED_GRAPH, Node.ANY, Node.ANY, Node.ANY),
                q -> !InferredGraph.isAnnotation(q)));
        replaced.forEach(store::removeGraph);
        store.removeGraph(ParleyId.INFERRED_GRAPH);
        Checked checked = writeWhileChecking(staging, quads, conformance);
        Inference.Entailments entailments = checked.entailments();
        InferredGraph.write(store, entailments);
        // Rewritten whole, in the same transaction: it can never disagree with the named graphs.
        store.getDefaultGraph().clear();
        checked.readingView()
                .find()
                .forEachRemaining(
                        t -> store.add(Quad.defaultGraphIRI, t.getSubject(), t.getPredicate(), t.getObject()));
        return new Changed(true, entailments.inferred().size(), before);
    }

    /**
     * Writes the change and maintains the inferred graph and the reading view by delete and rederive
     * ({@link EntailmentMaintenance}), validating the nodes the change touches: work in proportion to the change.
     */
    private Changed maintain(Staging staging, Set<Node> replaced, LoadDelta delta, Conformance conformance) {
        EntailmentMaintenance maintenance = new EntailmentMaintenance(inference);
        InferredClosure inferredBefore = new InferredClosure(store);
        Set<Triple> overdeleted = maintenance.overdeleted(delta.asserted(), inferredBefore);
        Set<Triple> scope = new HashSet<>(overdeleted);
        scope.addAll(delta.asserted());
        Set<Triple> entailedBefore = new HashSet<>();
        scope.forEach(t -> {
            if (inferredBefore.isEntailment(t)) entailedBefore.add(t);
        });
        Set<Triple> overdeletedInView = maintenance.overdeleted(delta.viewed(), new ViewClosure(store));
        Graph asserted = NamedGraphsUnion.assertedData(store);
        // what really enters the union of the data graphs: validation works out the graph before the change from it
        List<Triple> added = new ArrayList<>();
        for (Triple t : delta.added()) if (!asserted.contains(t)) added.add(t);

        phase(staging.quads().size(), "writing to the store");
        replaced.forEach(store::removeGraph);
        staging.writeTo(store, () -> false);
        List<Triple> removed = new ArrayList<>();
        for (Triple t : delta.removed()) if (!asserted.contains(t)) removed.add(t);
        phase(staging.quads().size(), "validating against the shapes");
        validateAffected(asserted, added, removed, conformance);
        phase(staging.quads().size(), "inferring");
        InferredClosure inferredAfter = new InferredClosure(store);
        scope.addAll(maintenance.rederive(overdeleted, delta.asserted(), inferredAfter));
        maintenance.rederive(overdeletedInView, delta.viewed(), new ViewClosure(store));
        long entailed = 0;
        for (Triple t : scope) if (inferredAfter.isEntailment(t) && !entailedBefore.contains(t)) entailed++;
        long retracted = 0;
        for (Triple t : entailedBefore) if (!inferredAfter.isEntailment(t)) retracted++;
        return new Changed(false, entailed, retracted);
    }

    /**
     * Commits the store and its search index: the index's changes are made and prepared inside the store's
     * transaction, and committed right after it. A kill between the two leaves an index its next opening rebuilds.
     */
    private void commitWithIndex(Set<Node> touched, long quads) {
        Optional<SearchIndex> index = SearchIndex.of(store);
        if (index.isPresent()) phase(quads, "indexing for search");
        Optional<SearchIndex.Staged> staged = index.map(i -> i.stage(touched));
        phase(quads, "committing");
        try {
            store.commit();
        } catch (RuntimeException | Error ex) {
            staged.ifPresent(SearchIndex.Staged::rollback);
            throw ex;
        }
        staged.ifPresent(SearchIndex.Staged::commit);
    }

    /**
     * The two slow halves of a load on the two halves of a machine: this thread, which holds the write transaction,
     * writes the staged quads while another validates and infers over the in-memory union. Nothing commits unless
     * both succeed; a failed check stops the writing early.
     */
    private Checked writeWhileChecking(Staging staging, long quads, Conformance conformance) {
        PrefixMap prefixes = storePrefixes();
        ExecutorService checker = Workers.start("parley-load-check", 1);
        try {
            CompletableFuture<Checked> checked =
                    CompletableFuture.supplyAsync(() -> check(staging, conformance, prefixes, quads), checker);
            phase(quads, "writing to the store");
            staging.writeTo(store, checked::isCompletedExceptionally);
            if (!checked.isDone()) phase(quads, "written; waiting for validation and inference");
            return Workers.await(checked, "Checking the load");
        } finally {
            checker.shutdownNow();
        }
    }

    /** What the checking thread hands back: the entailments over every graph, and the default graph to write. */
    private record Checked(Inference.Entailments entailments, Graph readingView) {}

    private Checked check(Staging staging, Conformance conformance, PrefixMap prefixes, long quads) {
        phase(quads, "validating against the shapes");
        conformance.whole(staging.union(), prefixes);
        phase(quads, "inferring");
        Inference.Entailments entailments = inference.materialise(staging.union(), staging.claimsHolding());
        return new Checked(entailments, ReadingView.of(staging.allQuads(), staging.union(), inference));
    }

    private void phase(long quads, String what) {
        if (quads >= 250_000) progress.accept(String.format("%,d quads parsed; %s", quads, what));
    }

    /**
     * The file's key in the load manifest: a digest of its real absolute path, so the same file is the
     * same entry from any working directory, and the manifest reveals no local paths.
     */
    static String key(Path file) {
        return Sha256.of(realPath(file).toString());
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException ex) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static Map<Path, String> digests(List<Path> files) {
        Map<Path, String> digests = new LinkedHashMap<>();
        files.forEach(f -> digests.put(f, sha256(f)));
        return digests;
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Sha256.of(in);
        } catch (IOException ex) {
            throw new ParleyException(file + ": cannot read: " + ex.getMessage(), ex);
        }
    }
}
