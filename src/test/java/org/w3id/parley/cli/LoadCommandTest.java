package org.w3id.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.store.Compaction;
import org.w3id.parley.testing.Cli;
import org.w3id.parley.testing.Cli.Run;
import org.w3id.parley.testing.Dumps;

class LoadCommandTest {
    @TempDir
    Path tmp;

    private Run load(Path store, Path... files) {
        String[] args = new String[files.length + 5];
        args[0] = "load";
        args[1] = "--store";
        args[2] = store.toString();
        args[3] = "--shapes";
        args[4] = fixture("shapes.ttl").toString();
        for (int i = 0; i < files.length; i++) args[5 + i] = files[i].toString();
        return Cli.run(args);
    }

    @Test
    void loadsValidatesInfersAndReportsCounts() {
        Run run = load(tmp.resolve("store"), fixture("ontology.ttl"), fixture("chain.trig"));
        assertEquals(0, run.exitCode(), run::toString);
        // 11 ontology triples + 7 chain quads; inferred: closure, inverses, sub-property and sub-class types.
        assertTrue(run.out().contains("2 files, 19 quads read"), run::toString);
        // a first load has nothing to maintain: it derives everything (the chain's closure, inverses, super-properties
        // and super-classes)
        assertTrue(run.out().contains("inferred graph recomputed: +7 −0 triples"), run::toString);
    }

    @Test
    void aLoadCompactsAStoreGrownPastTheFactorAndKeepsItsData() throws IOException {
        Path store = tmp.resolve("store");
        assertEquals(
                0, load(store, fixture("ontology.ttl"), fixture("chain.trig")).exitCode());
        List<String> quads = Dumps.allQuads(store);
        // as if the store had taken 1 KiB after its last compaction: whatever it takes now is past any factor
        Files.writeString(store.resolve(Compaction.BASELINE_FILE), "1024");
        Run run = load(store, fixture("chain.trig"));
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(
                run.out().contains("Compacted the store, 2.0x its size after the last compaction: Data-0001"),
                run::toString);
        assertTrue(Files.isDirectory(store.resolve("Data-0002")), "the next generation is in use");
        assertFalse(Files.exists(store.resolve("Data-0001")), "the old one is gone");
        assertTrue(Long.parseLong(Files.readString(store.resolve(Compaction.BASELINE_FILE))
                        .strip())
                > 1024);
        // the data as it was (the manifest aside: compaction gives its blank nodes new labels)
        assertEquals(dataQuads(quads), dataQuads(Dumps.allQuads(store)));
    }

    private static List<String> dataQuads(List<String> quads) {
        return quads.stream()
                .filter(q -> !q.startsWith("<urn:x-parley:load-manifest>"))
                .sorted()
                .toList();
    }

    @Test
    void compactAtZeroNeverCompactsAndAFactorOfOneOrLessIsRefused() throws IOException {
        Path store = tmp.resolve("store");
        assertEquals(
                0, load(store, fixture("ontology.ttl"), fixture("chain.trig")).exitCode());
        Files.writeString(store.resolve(Compaction.BASELINE_FILE), "1024");
        String[] never = {
            "load",
            "--compact-at",
            "0",
            "--store",
            store.toString(),
            "--shapes",
            fixture("shapes.ttl").toString(),
            fixture("chain.trig").toString()
        };
        Run run = Cli.run(never);
        assertEquals(0, run.exitCode(), run::toString);
        assertFalse(run.out().contains("Compacted"), run::toString);
        assertFalse(Files.exists(store.resolve("Data-0002")));
        never[2] = "1";
        Run refused = Cli.run(never);
        assertEquals(2, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("--compact-at must be 0 (never) or above 1, not 1.0"), refused::toString);
    }

    @Test
    void loadingTheSameFilesTwiceGivesTheSameStore() {
        Path store = tmp.resolve("store");
        assertEquals(
                0, load(store, fixture("ontology.ttl"), fixture("chain.trig")).exitCode());
        List<String> first = Dumps.allQuads(store).stream()
                .filter(q -> !q.contains("/dc/terms/modified"))
                .toList();
        long quads = Dumps.exportedQuads(store);
        assertEquals(
                0, load(store, fixture("ontology.ttl"), fixture("chain.trig")).exitCode());
        assertEquals(quads, Dumps.exportedQuads(store));
        assertEquals(
                first.size(),
                Dumps.allQuads(store).stream()
                        .filter(q -> !q.contains("/dc/terms/modified"))
                        .count());
    }

    @Test
    void reloadingAChangedFileDropsTheGraphsItNoLongerHas() throws Exception {
        Path store = tmp.resolve("store");
        Path file = tmp.resolve("changing.trig");
        Files.copy(fixture("more.trig"), file);
        assertEquals(0, load(store, fixture("ontology.ttl"), file).exitCode());
        assertTrue(Dumps.allQuads(store).stream().anyMatch(q -> q.contains("<http://example.org/graph/claim4>")));

        Files.writeString(file, Files.readString(file).replace("g:claim4", "g:claim4b"));
        assertEquals(0, load(store, file).exitCode());
        List<String> quads = Dumps.allQuads(store);
        assertFalse(quads.stream().anyMatch(q -> q.contains("<http://example.org/graph/claim4>")), "stale graph kept");
        assertTrue(quads.stream().anyMatch(q -> q.contains("<http://example.org/graph/claim4b>")));
    }

    /** Loads the fixtures, then {@code files} on top, which must fail with exit 1 and leave every quad as it was. */
    private Run refusedWithoutChange(Path... files) {
        Path store = tmp.resolve("store");
        assertEquals(
                0, load(store, fixture("ontology.ttl"), fixture("chain.trig")).exitCode());
        List<String> before = Dumps.allQuads(store);
        Run run = load(store, files);
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(before, Dumps.allQuads(store), "the store changed although the load failed");
        return run;
    }

    @Test
    void aMalformedFileAmongGoodOnesNamesFileLineAndColumnAndChangesNothing() {
        Run run = refusedWithoutChange(fixture("more.trig"), fixture("malformed.trig"));
        assertTrue(run.err().contains("malformed.trig:4:"), run::toString);
        assertEquals(1, run.err().strip().lines().count(), "one-line message: " + run.err());
    }

    @Test
    void dataBreakingTheShapesIsRejectedWithTheReportAndChangesNothing() {
        Run run = refusedWithoutChange(fixture("more.trig"), fixture("invalid.trig"));
        assertTrue(run.err().contains("focus node ex:sanctionsRelief"), run::toString);
        assertTrue(run.err().contains("path ex:demandedBy"), run::toString);
        assertTrue(run.err().contains("Every demand has a demanding actor"), run::toString);
        assertTrue(run.err().contains("[shape ex:DemandedByShape, sh:MinCountConstraintComponent]"), run::toString);
    }

    @Test
    void largeInputsReportProgress() throws Exception {
        Path big = tmp.resolve("big.nq");
        try (var out = Files.newBufferedWriter(big)) {
            for (int i = 0; i < 260_000; i++)
                out.write("<http://example.org/s" + i + "> <http://example.org/p> \"" + i + "\" <http://example.org/g"
                        + (i % 100) + "> .\n");
        }
        Run run = load(tmp.resolve("store"), big);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.err().contains(big + ": 250,000 quads parsed ("), run::toString);
        assertTrue(run.err().contains("260,000 quads parsed; validating against the shapes"), run::toString);
        assertTrue(run.out().contains("1 files, 260,000 quads read"), run::toString);
    }

    @Test
    void gzippedFilesAreReadDecompressed() throws Exception {
        Path gz = tmp.resolve("chain.trig.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(fixture("chain.trig")));
        }
        Run run = load(tmp.resolve("store"), fixture("ontology.ttl"), gz);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("2 files, 19 quads read"), run::toString);
    }

    @Test
    void aMissingFileIsNamed() {
        Run run = load(tmp.resolve("store"), tmp.resolve("nowhere.ttl"));
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("nowhere.ttl: no such file or directory"), run::toString);
    }

    @Test
    void jsonLdInputIsRefusedBecauseItCouldFetchAContext() throws Exception {
        Path file =
                Files.writeString(tmp.resolve("remote.jsonld"), "{\"@context\": \"https://example.org/ctx.jsonld\"}");
        Run run = load(tmp.resolve("store"), file);
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("remote @context"), run::toString);
    }

    @Test
    void aStorePathThatIsAFileIsExplainedInOneLine() throws Exception {
        Path notADirectory = Files.writeString(tmp.resolve("store"), "not a store");
        Run run = load(notADirectory, fixture("chain.trig"));
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("is not a directory"), run::toString);
        assertEquals(1, run.err().strip().lines().count(), run::toString);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run run = Cli.run("load", "--frobnicate", "x.ttl");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("Unknown option: '--frobnicate'"), run::toString);
        assertTrue(run.err().contains("Usage: parley load"), run::toString);
    }
}
