package org.w3id.parley.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.load.Inference;
import org.w3id.parley.load.Loader;
import org.w3id.parley.load.Validation;
import org.w3id.parley.store.Compaction;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.StoreFingerprint;

/**
 * Reloads leave dead space that compaction gives back: after many reloads of the same files a compacted store is
 * within 2x of a fresh load of them, and holds exactly what it held before. The number of reloads is
 * {@code -Dparley.reliability.reloads}: 20 by default, 100 in the full run.
 */
class DiskUseTest {
    private static final int RELOADS = Integer.getInteger("parley.reliability.reloads", 20);

    @TempDir
    Path tmp;

    @Test
    void reloadsLeaveDeadSpaceThatCompactionGivesBack() {
        Path freshDir = tmp.resolve("fresh");
        DatasetGraph fresh = Stores.openTdb2(freshDir);
        load(fresh);
        long freshBytes = Compaction.diskUse(freshDir);
        String freshFingerprint = StoreFingerprint.of(fresh);
        fresh.close();

        Path dir = tmp.resolve("reloaded");
        DatasetGraph store = Stores.openTdb2(dir);
        for (int i = 0; i < RELOADS; i++) load(store);
        long reloadedBytes = Compaction.diskUse(dir);
        String named = StoreFingerprint.of(store);
        String manifest = StoreFingerprint.ofManifest(store);
        Map<String, String> prefixes =
                Txn.calculateRead(store, () -> store.prefixes().getMapping());
        assertEquals(freshFingerprint, named, "reloading changed what the store holds");

        Compaction.Result result = Compaction.compact(store);
        long compactedBytes = Compaction.diskUse(dir);
        Reliability.record(
                "disk.reloads",
                "reloads=" + RELOADS + " fresh=" + freshBytes + " reloaded=" + reloadedBytes + " compacted="
                        + compactedBytes);

        assertTrue(
                compactedBytes <= 2 * freshBytes,
                "compacted " + compactedBytes + " bytes, fresh load " + freshBytes + " bytes");
        // Else the test proves nothing: the reloads must have left more than compaction's bound.
        assertTrue(reloadedBytes > 2 * freshBytes, "reloads left no dead space: " + result.summary());
        assertEquals("Data-0001", result.generationBefore());
        assertEquals("Data-0002", result.generationAfter());
        assertFalse(Files.exists(dir.resolve("Data-0001")), "the old generation was kept");
        assertEquals(named, StoreFingerprint.of(store));
        assertEquals(manifest, StoreFingerprint.ofManifest(store));
        assertEquals(prefixes, Txn.calculateRead(store, () -> store.prefixes().getMapping()));
        assertEquals(Long.valueOf(result.bytesAfter()), Compaction.baseline(dir).orElseThrow());
        store.close();
    }

    private static void load(DatasetGraph store) {
        new Loader(store, Validation.fromFile(fixture("shapes.ttl")), Inference.standard(), line -> {})
                .load(List.of(fixture("ontology.ttl"), fixture("chain.trig")));
    }
}
