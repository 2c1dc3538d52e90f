package org.w3id.parley.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.parley.ParleyException;
import org.w3id.parley.load.Inference;
import org.w3id.parley.load.Loader;
import org.w3id.parley.load.Validation;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Cli;
import org.w3id.parley.testing.Cli.Run;
import org.w3id.parley.testing.StoreFingerprint;

/**
 * Every file of the hostile corpus (src/test/resources/hostile, listed in MANIFEST.tsv with the words
 * its rejection must contain) is refused with a clear message and exit 1, and the store holding the
 * article is left exactly as it was. The huge and moving cases are made at run time.
 */
class HostileInputTest {
    private static final Path CORPUS = Path.of("src/test/resources/hostile");
    private static final AtomicInteger REJECTED = new AtomicInteger();

    @TempDir
    static Path tmp;

    static Path store;
    static String before;

    @BeforeAll
    static void loadTheArticle() {
        store = tmp.resolve("store");
        Run run = Cli.run("load", "--store", store.toString(), "ontology", "data");
        assertEquals(0, run.exitCode(), run::toString);
        before = StoreFingerprint.of(Stores.openTdb2(store));
        // "Changes nothing" is measured against the whole article, not an empty or partly loaded store.
        assertTrue(
                sameNamedGraphs(Article.store(), Stores.openTdb2(store)),
                "the store does not hold exactly the article");
    }

    /** Whether two stores hold the same named graphs, each the same up to blank node labels (the shapes have blank nodes). */
    private static boolean sameNamedGraphs(DatasetGraph a, DatasetGraph b) {
        return Txn.calculateRead(
                a,
                () -> Txn.calculateRead(b, () -> {
                    Set<Node> names = new HashSet<>();
                    a.listGraphNodes().forEachRemaining(names::add);
                    Set<Node> others = new HashSet<>();
                    b.listGraphNodes().forEachRemaining(others::add);
                    return !names.isEmpty()
                            && names.equals(others)
                            && names.stream().allMatch(g -> a.getGraph(g).isIsomorphicWith(b.getGraph(g)));
                }));
    }

    @AfterAll
    static void record() {
        Reliability.record(
                "hostile-input",
                "rejected=" + REJECTED.get() + " of corpus=" + corpus().count() + " plus generated cases");
    }

    static Stream<Arguments> corpus() {
        try {
            return Files.readAllLines(CORPUS.resolve("MANIFEST.tsv")).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(cells -> Arguments.of(cells[0], cells[1], cells.length > 2 ? cells[2] : ""));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void assertRejected(Path file, String expected) {
        Run run = Cli.run("load", "--store", store.toString(), file.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("parley load: "), run::toString);
        assertTrue(run.err().contains(expected), () -> "expected '" + expected + "' in:\n" + run.err());
        assertEquals(before, StoreFingerprint.of(Stores.openTdb2(store)), "the store changed");
        REJECTED.incrementAndGet();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRejectedClearlyAndChangesNothing(String file, String expected, String what) throws IOException {
        Path path = CORPUS.resolve(file);
        // A missing file would be "rejected" too, and blank expected words are in every message.
        assertTrue(Files.isRegularFile(path) && Files.size(path) > 0, file + " is not in the corpus");
        assertFalse(expected.isBlank(), file + ": the manifest names no words its rejection must contain");
        assertNotEquals("UNEXPECTED", expected, file + " is accepted: " + what);
        assertRejected(path, expected);
    }

    @Test
    void aFiftyMegabyteLiteralIsRefused() throws IOException {
        Path big = tmp.resolve("huge-literal.nq");
        try (BufferedWriter out = Files.newBufferedWriter(big)) {
            out.write("<https://w3id.org/parley/id/actor/hostile> <http://www.w3.org/2000/01/rdf-schema#comment> \"");
            char[] chunk = "x".repeat(1 << 20).toCharArray();
            for (int i = 0; i < 50; i++) out.write(chunk);
            out.write("\" <https://w3id.org/parley/id/graph/hostile> .\n");
        }
        assertRejected(big, "huge-literal.nq: a literal of 52,428,800 characters (the limit is 10,000,000)");
    }

    @Test
    void aSymbolicLinkLoopIsReportedNotWalked() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("looping/inner"));
        Files.createSymbolicLink(dir.resolve("back"), dir.getParent());
        assertRejected(dir.getParent(), "symbolic link loop");
    }

    @Test
    void aFileThatChangesWhileBeingReadIsRefused() throws IOException {
        Path moving = tmp.resolve("moving.nq");
        try (BufferedWriter out = Files.newBufferedWriter(moving)) {
            for (int i = 0; i < 260_000; i++)
                out.write("<http://example.org/s" + i + "> <http://example.org/p> \"" + i
                        + "\" <http://example.org/g> .\n");
        }
        var scratch = Stores.inMemory();
        // The progress line comes mid-parse: that is when another process appends to the file.
        Loader loader = new Loader(scratch, Validation.none(), Inference.standard(), line -> {
            try {
                Files.writeString(
                        moving,
                        "<http://example.org/late> <http://example.org/p> \"late\" <http://example.org/g> .\n",
                        StandardOpenOption.APPEND);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        ParleyException refused = Assertions.assertThrows(ParleyException.class, () -> loader.load(List.of(moving)));
        assertTrue(
                refused.getMessage().contains("moving.nq: the file changed while it was being read"),
                refused.getMessage());
        assertEquals("0 00", StoreFingerprint.of(scratch));
    }
}
