package org.w3id.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.ParleyException;
import org.w3id.parley.load.Inference;
import org.w3id.parley.load.Loader;
import org.w3id.parley.load.Validation;
import org.w3id.parley.testing.StoreFingerprint;

class CompactionTest {
    @TempDir
    Path tmp;

    @Test
    void aStoreIsDueOnlyOnceItOutgrowsItsBaseline() throws Exception {
        Path dir = tmp.resolve("store");
        DatasetGraph store = loaded(dir);
        assertTrue(Compaction.baseline(dir).isEmpty());
        assertFalse(Compaction.isDue(store, 2), "a store with no baseline yet is due");
        long recorded = Compaction.baseline(dir).orElseThrow();
        assertEquals(Compaction.diskUse(dir), recorded, 8192);
        assertFalse(Compaction.isDue(store, 2));

        Files.writeString(dir.resolve(Compaction.BASELINE_FILE), Long.toString(recorded / 3));
        assertTrue(Compaction.isDue(store, 2));
        store.close();
    }

    @Test
    void autoCompactionCompactsAStorePastItsFactorAndLeavesOthersAlone() throws Exception {
        Path dir = tmp.resolve("store");
        DatasetGraph store = loaded(dir);
        List<String> reports = new ArrayList<>();
        try (AutoCompaction never = new AutoCompaction(store, 0, Duration.ofHours(1), reports::add)) {
            Files.writeString(dir.resolve(Compaction.BASELINE_FILE), "1");
            assertTrue(never.checkNow().isEmpty());
        }
        try (AutoCompaction auto = new AutoCompaction(store, 2, Duration.ofHours(1), reports::add)) {
            String before = StoreFingerprint.of(store);
            Compaction.Result result = auto.checkNow().orElseThrow();
            assertEquals("Data-0002", result.generationAfter());
            assertEquals(before, StoreFingerprint.of(store));
            assertEquals(List.of(reports.get(0)), reports);
            assertTrue(reports.get(0).contains("Data-0001"), reports::toString);
            assertTrue(auto.checkNow().isEmpty(), "compacted again right after a compaction");
        }
        store.close();
    }

    @Test
    void compactionDeletesGenerationsAKillLeftBehind() {
        Path dir = tmp.resolve("store");
        DatasetGraph store = loaded(dir);
        String before = StoreFingerprint.of(store);
        // What a kill between TDB2's switch to the new generation and its delete of the old one leaves.
        Path stale = dir.resolve("Data-0000");
        assertTrue(stale.toFile().mkdir());
        assertTrue(stale.resolve("SPO.dat").toFile().mkdir());

        Compaction.Result result = Compaction.compact(store);
        assertEquals("Data-0001", result.generationBefore());
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(dir.resolve("Data-0001")));
        assertTrue(Files.isDirectory(dir.resolve("Data-0002")));
        assertEquals(before, StoreFingerprint.of(store));
        store.close();
    }

    @Test
    void onlyStoresOnDiskCanBeCompacted() {
        ParleyException ex = assertThrows(ParleyException.class, () -> Compaction.compact(Stores.inMemory()));
        assertTrue(ex.getMessage().contains("on disk"), ex.getMessage());
    }

    private static DatasetGraph loaded(Path dir) {
        DatasetGraph store = Stores.openTdb2(dir);
        new Loader(store, Validation.fromFile(fixture("shapes.ttl")), Inference.standard(), line -> {})
                .load(List.of(fixture("ontology.ttl"), fixture("chain.trig")));
        return store;
    }
}
