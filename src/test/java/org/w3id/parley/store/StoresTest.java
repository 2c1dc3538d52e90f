package org.w3id.parley.store;

import org.w3id.parley.ParleyException;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.testing.Cli;
import org.w3id.parley.testing.Cli.Run;
import org.w3id.parley.testing.HoldStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.parley.testing.Fixtures.fixture;

class StoresTest {
    @TempDir
    Path tmp;

    @Test
    void aStoreHeldByAnotherProcessIsExplainedInOneLine() throws Exception {
        Path store = tmp.resolve("store");
        Process holder = HoldStore.start(store);
        try {
            ParleyException ex = assertThrows(ParleyException.class, () -> Stores.openTdb2(store));
            assertTrue(ex.getMessage().contains("in use by another process"), ex.getMessage());

            Run run = Cli.run("load", "--store", store.toString(), "--shapes", fixture("shapes.ttl").toString(),
                    fixture("chain.trig").toString());
            assertEquals(1, run.exitCode(), run::toString);
            assertTrue(run.err().contains("in use by another process"), run::toString);
            assertEquals(1, run.err().strip().lines().count(), run::toString);
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void inMemoryStoresAnswerWithTheUnionOfTheirGraphs() {
        var store = Stores.inMemory();
        assertTrue(store.getContext().isTrue(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph));
    }
}
