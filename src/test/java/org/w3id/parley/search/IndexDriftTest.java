package org.w3id.parley.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.load.Inference;
import org.w3id.parley.load.Loader;
import org.w3id.parley.load.Validation;
import org.w3id.parley.store.Compaction;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.LogCapture;

/**
 * The index never drifts from the store it is in: a reload replaces the words it changed, and whenever the index is
 * lost, damaged or behind the store (a kill between the two commits) the store answers searches correctly again once
 * opened. One TDB2 store of the article, loaded once from a copy of {@code data/} the tests may edit.
 */
class IndexDriftTest {
    @TempDir
    static Path tmp;

    private static Path data;
    private static Path dir;
    private static DatasetGraph store;

    @BeforeAll
    static void loadTheArticle() throws IOException {
        data = tmp.resolve("data");
        PathUtils.copyDirectory(Article.DATA, data);
        dir = tmp.resolve("store");
        store = Stores.openTdb2(dir);
        load();
    }

    private static void load() {
        new Loader(store, Validation.fromFile(Article.SHAPES), Inference.standard(), line -> {})
                .load(List.of(Article.ONTOLOGY, data));
    }

    private static List<String> found(String words) {
        return Search.of(store).orElseThrow().find(words, Search.MAX_LIMIT).stream()
                .map(hit -> hit.resource().getURI())
                .toList();
    }

    /** The same, as a set: a rebuilt index may order hits of equal score differently. */
    private static Set<String> foundSet(String words) {
        return new TreeSet<>(found(words));
    }

    /** As a process that ends and another that opens the store: the index closed, TDB2's copy dropped. */
    private static void closeStore() {
        SearchIndex.of(store).orElseThrow().close();
        TDBInternal.expel(store);
    }

    private static void reopen() {
        store = Stores.openTdb2(dir);
    }

    private static Path index() {
        return dir.resolve(SearchIndex.FOLDER);
    }

    @Test
    void aReloadThatChangesALabelReplacesItsWords() throws IOException {
        String demand = "https://w3id.org/parley/id/demand/ukrainian-withdrawal-from-donetsk";
        assertTrue(found("label:\"demand for Ukraine's withdrawal\"").contains(demand));
        assertFalse(found("label:retreat").contains(demand));
        Path entities = data.resolve("article/entities.trig");
        String before = Files.readString(entities, StandardCharsets.UTF_8);
        String edited = before.replace(
                "\"demand for Ukraine's withdrawal from Donetsk\"@en",
                "\"demand for Ukraine's retreat from Donetsk\"@en");
        assertFalse(before.equals(edited), "the label to change is in entities.trig");
        Files.writeString(entities, edited, StandardCharsets.UTF_8);
        load();
        assertTrue(found("label:retreat").contains(demand), "the new word is found");
        assertFalse(found("label:\"demand for Ukraine's withdrawal\"").contains(demand), "the old words are gone");
    }

    @Test
    void aLoadBringsTheFingerprintUpToDateByWhatItChangedAndRecordsTheStoreState() throws IOException {
        Path entities = data.resolve("article/entities.trig");
        String before = Files.readString(entities, StandardCharsets.UTF_8);
        String edited = before.replace("\"Donetsk\"@en", "\"Donetsk Oblast\"@en");
        assertFalse(before.equals(edited), "a label to change is in entities.trig");
        Files.writeString(entities, edited, StandardCharsets.UTF_8);
        load();
        Map<String, String> recorded = commitData();
        Fingerprint full = Txn.calculateRead(
                store,
                () -> IndexedQuads.fingerprint(store, SearchFields.config().getEntDef()));
        assertEquals(
                full.toString(),
                recorded.get(SearchIndex.FINGERPRINT),
                "what the load worked out is the sum over the store");
        assertEquals(StoreState.of(store).orElseThrow(), recorded.get(SearchIndex.STATE));
        try (LogCapture log = LogCapture.of(SearchIndex.class.getName())) {
            closeStore();
            reopen();
            assertEquals(recorded, commitData(), "an opening that finds the store as recorded commits nothing");
            assertEquals(List.of(), log.lines());
        }
        assertTrue(found("label:oblast").stream().anyMatch(r -> r.endsWith("/donetsk")));
    }

    private static Map<String, String> commitData() throws IOException {
        try (Directory directory = FSDirectory.open(index())) {
            return SegmentInfos.readLatestCommit(directory).getUserData();
        }
    }

    @Test
    void aDeletedIndexIsRebuiltWhenTheStoreIsOpenedAgain() throws IOException {
        Set<String> before = foundSet("Donetsk");
        assertFalse(before.isEmpty());
        closeStore();
        PathUtils.deleteDirectory(index());
        reopen();
        assertTrue(Files.isDirectory(index()));
        assertEquals(before, foundSet("Donetsk"));
    }

    @Test
    void aDamagedIndexIsRebuiltWhenTheStoreIsOpenedAgain() throws IOException {
        Set<String> before = foundSet("concession");
        assertFalse(before.isEmpty());
        closeStore();
        try (Stream<Path> files = Files.list(index())) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList())
                Files.writeString(file, "not a Lucene file", StandardCharsets.UTF_8);
        }
        try (LogCapture log = LogCapture.of(SearchIndex.class.getName())) {
            reopen();
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("cannot be read")), log.lines()::toString);
        }
        assertEquals(before, foundSet("concession"));
    }

    @Test
    void aStoreCommittedWithoutItsIndexIsCaughtUp() {
        Node graph = NodeFactory.createURI("https://w3id.org/parley/id/graph/test-drift");
        Node place = NodeFactory.createURI("https://w3id.org/parley/id/place/zaporizhzhia");
        // What a kill between the store's commit and the index's leaves: the store has a label the index lacks.
        closeStore();
        DatasetGraph raw = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(dir.toString());
        Txn.executeWrite(
                raw,
                () -> raw.add(graph, place, RDFS.label.asNode(), NodeFactory.createLiteralLang("Zaporizhzhia", "en")));
        TDBInternal.expel(raw);
        reopen();
        assertEquals(List.of(place.getURI()), found("Zaporizhzhia"), "rebuilt when opened");
        // And while it is open: a write that bypasses the loader (a SPARQL Update) is caught up before the next search.
        Node other = NodeFactory.createURI("https://w3id.org/parley/id/place/kherson");
        Txn.executeWrite(
                store,
                () -> store.add(graph, other, RDFS.label.asNode(), NodeFactory.createLiteralLang("Kherson", "en")));
        assertEquals(List.of(other.getURI()), found("Kherson"), "caught up before the search");
        Txn.executeWrite(store, () -> store.removeGraph(graph));
        assertEquals(List.of(), found("Zaporizhzhia Kherson"), "and gone with their graph");
    }

    @Test
    void aCompactionKeepsTheIndexAsItIs() {
        List<String> before = found("guarant*");
        assertFalse(before.isEmpty());
        try (LogCapture log = LogCapture.of(SearchIndex.class.getName())) {
            Compaction.compact(store);
            assertEquals(before, found("guarant*"));
            closeStore();
            reopen();
            assertEquals(before, found("guarant*"));
            assertEquals(List.of(), log.lines(), "nothing to rebuild: the data did not change");
        }
    }
}
