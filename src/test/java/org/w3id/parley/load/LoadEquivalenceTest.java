package org.w3id.parley.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.parley.search.SearchIndex;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.ArticleVariant;
import org.w3id.parley.testing.Fixtures;
import org.w3id.parley.testing.GrowingCorpus;
import org.w3id.parley.testing.SameData;
import org.w3id.parley.vocab.Parley;
import org.w3id.parley.vocab.ParleyId;

/**
 * Issue 14: after any sequence of loads, reloads and deletions, the store holds what one fresh load of the same final
 * files gives, quad for quad (blank nodes up to their labels), the inferred graph with its {@code owl:Axiom} /
 * {@code parley:restsOn} annotations and the reading view included. A loader that recomputes everything passes by
 * construction; one that maintains the inferred graph and the reading view incrementally must get every deletion
 * right, which is what the random sequences probe: links of a transitive chain taken out and put back, cycles closed
 * and broken, claims an entailment rests on removed, conflicts across files in the reading view.
 */
class LoadEquivalenceTest {
    /** Two negotiations of three articles each: files that share items, and files that share nothing. */
    private static final int ARTICLES = 6;

    private static final long SEED = 14;
    /** Sequences per run; {@code -Dparley.equivalence.tries=N} (the reliability profile) asks for more. */
    static final String TRIES = "parley.equivalence.tries";

    private static final int DEFAULT_TRIES = 3;
    /** Fresh loads kept for reuse, the most recently used. */
    private static final int FRESH_LOADS_KEPT = 40;

    private static final Path ONTOLOGY = Fixtures.project("ontology");
    private static final List<ArticleVariant> VARIANTS = List.of(ArticleVariant.values());

    /** The load after a change: the whole folder, only the files changed since the last load, or none yet. */
    enum LoadMode {
        FOLDER,
        FILES,
        LATER
    }

    /** One step as drawn: article {@code article} deleted ({@code variant} -1) or written as that variant, then loaded. */
    record Step(int article, int variant, LoadMode load) {}

    /**
     * One random sequence per seed: a failure names its seed and prints the steps taken, so it can be run again alone
     * ({@code -Dtest='LoadEquivalenceTest#anySequence*'} with the seed's index as the only try).
     */
    @ParameterizedTest(name = "sequence {0}")
    @MethodSource("seeds")
    void anySequenceOfLoadsEndsAsOneFreshLoadOfTheFinalFiles(long seed) throws IOException {
        Random random = new Random(SEED * 1_000_003 + seed);
        Set<Integer> start = startingFiles(random);
        List<Step> steps = steps(random);
        // every other sequence adds files one batch per file: validation waits for the last batch, inference maintains
        try (Sequence sequence = new Sequence(Corpus.get(), seed % 2 == 1)) {
            sequence.start(start);
            for (Step step : steps) sequence.apply(step);
            sequence.finish();
        }
    }

    /**
     * The comparison cannot pass vacuously: one {@code parley:restsOn} of the closure's axiom, the entailment itself, or
     * a triple of the reading view missing from a copy of a fresh load is reported, naming what is missing; blank
     * nodes minted anew are not a difference.
     */
    @Test
    void theComparisonReportsAMissingRestsOnEntailmentOrReadingViewTriple() throws IOException {
        DatasetGraph loaded = freshLoadOf(SINGLE);
        Node axiom = axiomOf(loaded, WITHDRAWAL, Parley.isPreconditionFor, LATER_ROUND);
        Set<String> restsOn = objects(loaded, axiom, Parley.restsOn);
        assertTrue(
                restsOn.stream().anyMatch(c -> c.contains("/a000000/claim/"))
                        && restsOn.stream().anyMatch(c -> c.contains("/a000001/claim/")),
                () -> "both articles' chains lead from the withdrawal to the later round: " + restsOn);

        assertEquals(List.of(), SameData.differencesOfCopies(loaded, relabelled(loaded)));

        Quad oneRestsOn = Quad.create(
                ParleyId.INFERRED_GRAPH,
                axiom,
                Parley.restsOn,
                NodeFactory.createURI(restsOn.iterator().next()));
        String claim = shortName(restsOn.iterator().next());
        List<String> report = SameData.differencesOfCopies(loaded, without(loaded, oneRestsOn));
        assertEquals(4, report.size(), () -> String.join("\n", report));
        assertEquals("1 statement(s) expected but missing:", report.get(0));
        assertTrue(report.get(1).contains("owl:annotatedTarget id:gen/n000000/stage/s2"), report.get(1));
        assertTrue(report.get(1).contains("parley:restsOn " + claim + " ;"), report.get(1));
        assertEquals("1 statement(s) present but not expected:", report.get(2));
        assertFalse(report.get(3).contains(claim), report.get(3));

        Quad entailment = Quad.create(ParleyId.INFERRED_GRAPH, WITHDRAWAL, Parley.isPreconditionFor, LATER_ROUND);
        String lost = String.join("\n", SameData.differencesOfCopies(loaded, without(loaded, entailment)));
        assertTrue(
                lost.contains("id:graph/inferred | id:gen/n000000/concession/c1 parley:isPreconditionFor"
                        + " id:gen/n000000/stage/s2"),
                lost);

        Quad reading = Iter.first(loaded.find(Quad.defaultGraphIRI, WITHDRAWAL, RDF.type.asNode(), Node.ANY));
        String unread = String.join("\n", SameData.differencesOfCopies(loaded, without(loaded, reading)));
        assertTrue(unread.contains("default | id:gen/n000000/concession/c1 rdf:type"), unread);
    }

    /**
     * The variants really make the cases incremental maintenance must get right, and pass the shapes: a chain loses a
     * link, a cycle closes, a claim of the author's enters the reading view alone and leaves it when another file
     * contradicts it, a claim changes voice.
     */
    @Test
    void theVariantsBreakAChainCloseACycleAndConflictAcrossFiles() throws IOException {
        DatasetGraph single = freshLoadOf(SINGLE);
        assertTrue(single.contains(ParleyId.INFERRED_GRAPH, WITHDRAWAL, Parley.isPreconditionFor, LATER_ROUND));
        assertTrue(single.contains(Quad.defaultGraphIRI, WITHDRAWAL, Parley.leadsTo, OPENING));

        Corpus corpus = Corpus.get();
        Map<Integer, ArticleVariant> files = Map.of(
                0, ArticleVariant.WITHOUT_LINK,
                1, ArticleVariant.RESTATED,
                2, ArticleVariant.ORIGINAL,
                3, ArticleVariant.WITH_CYCLE,
                4, ArticleVariant.LEADS,
                5, ArticleVariant.DOES_NOT_LEAD);
        DatasetGraph store = Stores.inMemory();
        loader(store).load(sources(corpus, files));
        DatasetGraph all = SameData.dataOf(store);

        Node firstLinkOf1 = Iter.first(Iter.filter(
                        single.find(Node.ANY, WITHDRAWAL, Parley.isPreconditionFor, OPENING),
                        q -> q.getGraph().getURI().startsWith(ParleyId.GENERATED + "a000001/claim/")))
                .getGraph();
        assertTrue(all.containsGraph(firstLinkOf1));
        assertFalse(
                objects(all, firstLinkOf1, Parley.modality).equals(objects(single, firstLinkOf1, Parley.modality)),
                "RESTATED gives the first link another modality");
        Node withdrawal1 = NodeFactory.createURI(ParleyId.GENERATED + "n000001/concession/c1");
        Node opening1 = NodeFactory.createURI(ParleyId.GENERATED + "n000001/stage/s1");
        Node selfLoop = axiomOf(all, withdrawal1, Parley.isPreconditionFor, withdrawal1);
        assertTrue(objects(all, selfLoop, Parley.restsOn).contains(ParleyId.GENERATED + "a000003/claim/cycle"));
        assertTrue(all.contains(
                NodeFactory.createURI(ParleyId.GENERATED + "a000004/claim/leadsTo"),
                withdrawal1,
                Parley.leadsTo,
                opening1));
        assertFalse(all.contains(Quad.defaultGraphIRI, withdrawal1, Parley.leadsTo, opening1));
        assertFalse(all.contains(Quad.defaultGraphIRI, withdrawal1, Parley.doesNotLeadTo, opening1));
    }

    /** Without its second link, the chain of article 0 alone no longer reaches the later round. */
    @Test
    void withoutItsSecondLinkTheChainNoLongerReachesTheLaterRound() throws IOException {
        DatasetGraph broken = freshLoadOf(Map.of(0, ArticleVariant.WITHOUT_LINK));
        assertTrue(broken.contains(Node.ANY, Node.ANY, Parley.isPreconditionFor, LATER_ROUND), "the last link stays");
        assertFalse(broken.contains(Node.ANY, WITHDRAWAL, Parley.isPreconditionFor, LATER_ROUND));
    }

    /**
     * Found by the property on today's Loader: a file added to a loaded folder and loaded by itself is not in the
     * folder's record of its members, so when it is deleted, the next load of the folder keeps its graphs (and what is
     * inferred from them) for good.
     */
    @Test
    void aFileLoadedAloneThenDeletedLeavesTheStoreWithTheNextFolderLoad() throws IOException {
        Corpus corpus = Corpus.get();
        Path folder = Files.createDirectories(
                Files.createTempDirectory(corpus.dir, "alone-").resolve("articles"));
        Files.writeString(folder.resolve(GrowingCorpus.fileName(0)), corpus.articles.trig(0, ArticleVariant.ORIGINAL));
        List<Path> sources = List.of(ONTOLOGY, corpus.articles.actors(), folder);
        DatasetGraph store = Stores.inMemory();
        Loader loader = loader(store);
        loader.load(sources);
        Path added = folder.resolve(GrowingCorpus.fileName(3));
        Files.writeString(added, corpus.articles.trig(3, ArticleVariant.ORIGINAL));
        assertFalse(loader.load(List.of(added)).recomputed(), "one article added to a store that holds more");
        assertEquals(
                List.of(),
                SameData.differencesOfCopies(
                        corpus.freshLoad(
                                Map.of(0, ArticleVariant.ORIGINAL, 3, ArticleVariant.ORIGINAL),
                                List.of(ONTOLOGY, corpus.articles.actors(), folder)),
                        SameData.dataOf(store)),
                "the article added by maintaining the entailments");
        Files.delete(added);
        assertFalse(loader.load(sources).recomputed(), "an article dropped from a store that holds more");
        assertEquals(
                List.of(),
                SameData.differencesOfCopies(
                        corpus.freshLoad(Map.of(0, ArticleVariant.ORIGINAL), sources), SameData.dataOf(store)));
    }

    /** Two articles on negotiation 0, the first with a claim of the author's that the withdrawal leads to the start. */
    private static final Map<Integer, ArticleVariant> SINGLE =
            Map.of(0, ArticleVariant.LEADS, 1, ArticleVariant.ORIGINAL);

    private static final Node WITHDRAWAL = NodeFactory.createURI(ParleyId.GENERATED + "n000000/concession/c1");
    private static final Node OPENING = NodeFactory.createURI(ParleyId.GENERATED + "n000000/stage/s1");
    private static final Node LATER_ROUND = NodeFactory.createURI(ParleyId.GENERATED + "n000000/stage/s2");

    /** The data of a fresh load of the ontology, the actors and these article files. */
    private static DatasetGraph freshLoadOf(Map<Integer, ArticleVariant> files) throws IOException {
        Corpus corpus = Corpus.get();
        return corpus.freshLoad(files, sources(corpus, files));
    }

    /** The ontology, the actors and a new folder holding these article files. */
    private static List<Path> sources(Corpus corpus, Map<Integer, ArticleVariant> files) throws IOException {
        Path folder = Files.createDirectories(
                Files.createTempDirectory(corpus.dir, "files-").resolve("articles"));
        for (Map.Entry<Integer, ArticleVariant> f : files.entrySet())
            Files.writeString(
                    folder.resolve(GrowingCorpus.fileName(f.getKey())), corpus.articles.trig(f.getKey(), f.getValue()));
        return List.of(ONTOLOGY, corpus.articles.actors(), folder);
    }

    /** The blank node of the inferred graph's axiom annotating {@code (s p o)}. */
    private static Node axiomOf(DatasetGraph data, Node s, Node p, Node o) {
        List<Node> axioms = Iter.toList(Iter.map(
                data.find(ParleyId.INFERRED_GRAPH, Node.ANY, OWL2.annotatedSource.asNode(), s), Quad::getSubject));
        axioms.removeIf(a -> !data.contains(ParleyId.INFERRED_GRAPH, a, OWL2.annotatedProperty.asNode(), p)
                || !data.contains(ParleyId.INFERRED_GRAPH, a, OWL2.annotatedTarget.asNode(), o));
        assertEquals(1, axioms.size(), () -> "one axiom annotates " + s + " " + p + " " + o);
        return axioms.get(0);
    }

    /** The IRIs {@code subject} has as {@code property} in any graph. */
    private static Set<String> objects(DatasetGraph data, Node subject, Node property) {
        Set<String> found = new TreeSet<>();
        data.find(Node.ANY, subject, property, Node.ANY)
                .forEachRemaining(q -> found.add(q.getObject().getURI()));
        return found;
    }

    private static String shortName(String iri) {
        return "id:" + iri.substring(ParleyId.NS.length());
    }

    private static DatasetGraph without(DatasetGraph data, Quad removed) {
        DatasetGraph copy = DatasetGraphFactory.create();
        data.find().forEachRemaining(copy::add);
        assertTrue(copy.contains(removed), () -> "no " + removed);
        copy.delete(removed);
        return copy;
    }

    /** A copy with a new label for every blank node, as another load would mint them. */
    private static DatasetGraph relabelled(DatasetGraph data) {
        Map<Node, Node> fresh = new HashMap<>();
        DatasetGraph copy = DatasetGraphFactory.create();
        data.find()
                .forEachRemaining(q -> copy.add(
                        q.getGraph(), relabel(fresh, q.getSubject()), q.getPredicate(), relabel(fresh, q.getObject())));
        return copy;
    }

    private static Node relabel(Map<Node, Node> fresh, Node node) {
        return node.isBlank() ? fresh.computeIfAbsent(node, n -> NodeFactory.createBlankNode()) : node;
    }

    static LongStream seeds() {
        return LongStream.range(0, Integer.getInteger(TRIES, DEFAULT_TRIES));
    }

    /** A non-empty set of the articles. */
    private static Set<Integer> startingFiles(Random random) {
        Set<Integer> start = new TreeSet<>();
        start.add(random.nextInt(ARTICLES));
        for (int a = 0; a < ARTICLES; a++) if (random.nextBoolean()) start.add(a);
        return start;
    }

    /** One to six steps, each an article, a variant or -1 for its deletion, and how the load follows. */
    private static List<Step> steps(Random random) {
        List<Step> steps = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        LoadMode[] modes = LoadMode.values();
        for (int i = 0; i < count; i++)
            steps.add(new Step(
                    random.nextInt(ARTICLES),
                    random.nextInt(VARIANTS.size() + 1) - 1,
                    modes[random.nextInt(modes.length)]));
        return steps;
    }

    /** The generated corpus, cut once per test JVM into per-article files, and the fresh loads already made. */
    static final class Corpus {
        private static Corpus shared;

        final Path dir;
        final GrowingCorpus articles;
        /** The data of one fresh load, by the files it loaded: sequences often come back to the same files. */
        private final Map<Map<Integer, ArticleVariant>, DatasetGraph> fresh = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Map<Integer, ArticleVariant>, DatasetGraph> eldest) {
                return size() > FRESH_LOADS_KEPT; // the long runs would otherwise keep hundreds of copies
            }
        };

        private Corpus(Path dir, GrowingCorpus articles) {
            this.dir = dir;
            this.articles = articles;
        }

        static synchronized Corpus get() throws IOException {
            if (shared == null) {
                Path dir = Files.createTempDirectory("parley-equivalence-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "delete the equivalence corpus"));
                shared = new Corpus(dir, GrowingCorpus.generate(ARTICLES, SEED, dir.resolve("generated")));
            }
            return shared;
        }

        /** The data of a fresh in-memory store loaded once with {@code sources}, which hold {@code files}. */
        synchronized DatasetGraph freshLoad(Map<Integer, ArticleVariant> files, List<Path> sources) {
            return fresh.computeIfAbsent(Map.copyOf(files), k -> {
                DatasetGraph store = Stores.inMemory();
                // The loads under test validate every file; the reference is only read for its data.
                new Loader(store, Validation.none(), Inference.standard(), line -> {}).load(sources);
                return SameData.dataOf(store);
            });
        }
    }

    static Loader loader(DatasetGraph store) {
        return new Loader(store, Validation.fromFile(ONTOLOGY.resolve("shapes.ttl")), Inference.standard(), line -> {});
    }

    /**
     * One try: a folder of article files and a TDB2 store on disk, changed and loaded step by step. Whenever every
     * change has been loaded, the store is compared with a fresh load of the files as they are.
     */
    static final class Sequence implements AutoCloseable {
        private final Corpus corpus;
        private final Path work;
        private final Path folder;
        private final DatasetGraph store;
        private final Loader loader;
        /** What each file in the folder holds now. */
        private final Map<Integer, ArticleVariant> onDisk = new TreeMap<>();
        /** Files written since they were last loaded. */
        private final Set<Integer> unloaded = new TreeSet<>();
        /** Whether a file was deleted since the folder was last loaded. */
        private boolean deletedSinceFolderLoad;
        /** What was done so far, for the failure message. */
        private final List<String> story = new ArrayList<>();

        Sequence(Corpus corpus, boolean batched) throws IOException {
            this.corpus = corpus;
            work = Files.createTempDirectory(corpus.dir, "run-");
            folder = Files.createDirectories(work.resolve("articles"));
            store = Stores.openTdb2(work.resolve("store"));
            loader = batched ? loader(store).inBatchesOf(1) : loader(store);
            if (batched) story.add("(each load that adds files in batches of one file)");
        }

        void start(Set<Integer> articles) throws IOException {
            for (int a : articles) write(a, ArticleVariant.ORIGINAL);
            story.add("start with " + onDisk);
            loadFolder();
        }

        void apply(Step step) throws IOException {
            int a = step.article();
            if (step.variant() < 0) {
                if (!onDisk.containsKey(a)) return;
                Files.delete(folder.resolve(GrowingCorpus.fileName(a)));
                onDisk.remove(a);
                unloaded.remove(a);
                deletedSinceFolderLoad = true;
                story.add("delete " + GrowingCorpus.fileName(a));
            } else {
                ArticleVariant variant = VARIANTS.get(step.variant());
                story.add((onDisk.containsKey(a) ? "rewrite " : "add ") + GrowingCorpus.fileName(a) + " as " + variant);
                write(a, variant);
            }
            switch (step.load()) {
                case FOLDER -> loadFolder();
                case FILES -> loadFiles();
                case LATER -> story.add("(no load yet)");
            }
        }

        /** A last load of the whole folder (which changes nothing when every change was loaded), and the comparison. */
        void finish() {
            loadFolder();
        }

        private void write(int article, ArticleVariant variant) throws IOException {
            Files.writeString(folder.resolve(GrowingCorpus.fileName(article)), corpus.articles.trig(article, variant));
            onDisk.put(article, variant);
            unloaded.add(article);
        }

        private List<Path> sources() {
            return List.of(ONTOLOGY, corpus.articles.actors(), folder);
        }

        private void loadFolder() {
            story.add("load the folder");
            story.add(loader.load(sources()).recomputed() ? "(recomputed)" : "(maintained)");
            unloaded.clear();
            deletedSinceFolderLoad = false;
            compare();
        }

        private void loadFiles() {
            if (unloaded.isEmpty()) {
                story.add("(nothing to load file by file)");
                return;
            }
            List<Path> files = unloaded.stream()
                    .map(a -> folder.resolve(GrowingCorpus.fileName(a)))
                    .toList();
            story.add("load "
                    + files.stream().map(f -> f.getFileName().toString()).toList());
            story.add(loader.load(files).recomputed() ? "(recomputed)" : "(maintained)");
            unloaded.clear();
            if (!deletedSinceFolderLoad) compare();
        }

        private void compare() {
            DatasetGraph expected = corpus.freshLoad(onDisk, sources());
            List<String> differences = SameData.differencesOfCopies(expected, SameData.dataOf(store));
            assertTrue(
                    differences.isEmpty(),
                    () -> "After " + String.join("; ", story) + "\nthe store differs from one fresh load of " + onDisk
                            + ":\n" + String.join("\n", differences));
        }

        @Override
        public void close() throws IOException {
            SearchIndex.of(store).ifPresent(SearchIndex::close);
            TDBInternal.expel(store);
            PathUtils.deleteDirectory(work);
        }
    }

    private static void delete(Path dir) {
        try {
            PathUtils.deleteDirectory(dir);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
