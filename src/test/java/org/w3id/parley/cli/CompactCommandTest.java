package org.w3id.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.chainLoadArgs;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Cli;
import org.w3id.parley.testing.Cli.Run;
import org.w3id.parley.testing.HoldStore;
import org.w3id.parley.testing.StoreFingerprint;

/** {@code parley compact} run in-process: TDB2 keeps a store open in the JVM that used it, so its checks run here too. */
class CompactCommandTest {
    @TempDir
    Path tmp;

    @Test
    void compactsAReloadedStoreAndKeepsWhatItHolds() throws Exception {
        Path store = tmp.resolve("store");
        for (int i = 0; i < 3; i++) load(store);
        String before = StoreFingerprint.of(Stores.openTdb2(store));

        Run run = Cli.run("compact", "--store", store.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("Compacted the TDB2 store in " + store.toAbsolutePath()), run::toString);
        assertTrue(run.out().contains("Data-0001 ("), run::toString);
        assertTrue(run.out().contains("-> Data-0002 ("), run::toString);
        assertTrue(run.out().contains(" MB)"), run::toString);
        assertFalse(Files.exists(store.resolve("Data-0001")), "the old generation is still on disk");
        assertEquals(before, StoreFingerprint.of(Stores.openTdb2(store)));

        Run again = Cli.run("compact", "--store", store.toString());
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.out().contains("Data-0002 (") && again.out().contains("-> Data-0003 ("), again::toString);
        assertEquals(before, StoreFingerprint.of(Stores.openTdb2(store)));
    }

    @Test
    void aMissingStoreIsAnErrorAndIsNotCreated() {
        Path missing = tmp.resolve("missing");
        Run run = Cli.run("compact", "--store", missing.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(
                "parley compact: Store " + missing + " does not exist.",
                run.err().strip());
        assertFalse(Files.exists(missing));
    }

    @Test
    void aFolderWithoutAStoreIsAnError() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Run run = Cli.run("compact", "--store", empty.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("holds no TDB2 database"), run::toString);
        try (var entries = Files.list(empty)) {
            assertEquals(0, entries.count(), "compact created a store");
        }
    }

    @Test
    void aStoreInUseByAnotherProcessIsAnError() throws Exception {
        Path store = tmp.resolve("store");
        Process holder = HoldStore.start(store);
        try {
            Run run = Cli.run("compact", "--store", store.toString());
            assertEquals(1, run.exitCode(), run::toString);
            assertTrue(run.err().contains("in use by another process"), run::toString);
            assertEquals(1, run.err().strip().lines().count(), run::toString);
        } finally {
            holder.destroyForcibly().waitFor();
        }
        assertTrue(Files.isDirectory(store.resolve("Data-0001")));
        assertFalse(Files.exists(store.resolve("Data-0002")));
    }

    private static void load(Path store) {
        Run run = Cli.run(chainLoadArgs(store));
        assertEquals(0, run.exitCode(), run::toString);
    }
}
