package org.w3id.parley.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

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
        assertRejected(big, "huge-literal.nq:1:91: a literal longer than 10,000,000 characters (the limit)");
    }

    /**
     * Writes {@code head}, {@code count} copies of {@code fill} and {@code tail} to a gzip-compressed file as it goes,
     * so that the test needs neither the decompressed size on disk nor in memory.
     */
    private static Path gzipped(String name, String head, String fill, long count, String tail) throws IOException {
        Path file = tmp.resolve(name);
        byte[] chunk = fill.repeat((int) Math.max(1, (1 << 20) / fill.length())).getBytes(StandardCharsets.UTF_8);
        long perChunk = chunk.length / fill.length();
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            long left = count;
            for (; left >= perChunk; left -= perChunk) out.write(chunk);
            out.write(fill.repeat((int) left).getBytes(StandardCharsets.UTF_8));
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static final String SUBJECT_AND_PREDICATE =
            "<https://w3id.org/parley/id/actor/hostile> <http://www.w3.org/2000/01/rdf-schema#comment> ";

    @Test
    void aThreeHundredMegabyteLiteralInAGzippedFileIsRefusedBeforeItIsBuilt() throws IOException {
        Path file = gzipped("literal.nt.gz", SUBJECT_AND_PREDICATE + "\"", "x", 300L << 20, "\" .\n");
        assertTrue(Files.size(file) < 1 << 20, "the test file is small");
        assertRejected(file, "literal.nt.gz:1:91: a literal longer than 10,000,000 characters (the limit)");
    }

    @Test
    void aThreeHundredMegabyteLiteralInRdfXmlIsRefusedBeforeItIsBuilt() throws IOException {
        Path file = gzipped(
                "literal.rdf.gz",
                String.join(
                        "\n",
                        "<?xml version='1.0'?>",
                        "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'"
                                + " xmlns:rdfs='http://www.w3.org/2000/01/rdf-schema#'>",
                        "<rdf:Description rdf:about='https://w3id.org/parley/id/actor/hostile'>",
                        "<rdfs:comment>"),
                "x",
                300L << 20,
                "</rdfs:comment></rdf:Description></rdf:RDF>\n");
        assertRejected(file, "literal.rdf.gz:4: more than 40,000,000 bytes in one XML tag or between two tags");
    }

    @Test
    void aTwoHundredMegabyteIriIsRefusedWhileItStreams() throws IOException {
        Path file = gzipped("iri.nt.gz", SUBJECT_AND_PREDICATE + "<http://example.org/", "x", 200L << 20, "> .\n");
        assertRejected(file, "iri.nt.gz:1:91: an IRI longer than 65,536 characters (the limit)");
    }

    @Test
    void aGzipBombOfOneLineIsRefusedWhileItStreams() throws IOException {
        Path file = gzipped("bomb.ttl.gz", "", "x", 300L << 20, "\n");
        assertRejected(file, "bomb.ttl.gz:1:1: a name longer than 65,536 characters (the limit)");
    }

    @Test
    void aGzipBombOfValidLinesIsRefusedWhileItStreams() throws IOException {
        String line = SUBJECT_AND_PREDICATE + "\"x\" <https://w3id.org/parley/id/graph/hostile> .\n";
        Path file = gzipped("bomb.nq.gz", "", line, (70L << 20) / line.length(), "");
        assertRejected(file, "bomb.nq.gz: decompresses to more than 67,108,864 bytes, over 100 times its size");
    }

    @Test
    void aDoctypeAfterMoreThanAMebibyteOfCommentIsRefused() throws IOException {
        Path file = tmp.resolve("late-doctype.rdf");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "<?xml version='1.0' encoding='UTF-8'?>",
                        "<!-- " + "x".repeat((1 << 20) + 4096) + " -->",
                        "<!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM 'file:///etc/hostname'> ]>",
                        "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'"
                                + " xmlns:rdfs='http://www.w3.org/2000/01/rdf-schema#'>",
                        "<rdf:Description rdf:about='https://w3id.org/parley/id/actor/hostile'>",
                        "<rdfs:comment>&xxe;</rdfs:comment></rdf:Description></rdf:RDF>\n"));
        assertRejected(file, "late-doctype.rdf:3:19: a DOCTYPE declaration");
    }

    @Test
    void aThousandAndFirstPrefixIsRefused() throws IOException {
        Path file = tmp.resolve("prefixes.ttl");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 1; i <= 1_001; i++) out.write("@prefix p" + i + ": <http://example.org/" + i + "/> .\n");
            out.write("p1:a p1:b p1:c .\n");
        }
        assertRejected(file, "prefixes.ttl:1001:1: more than 1,000 prefix declarations in one file (the limit)");
    }

    @Test
    void aLongIriMadeOfAPrefixAndANameIsRefused() throws IOException {
        Path file = tmp.resolve("long-prefixed.ttl");
        String half = "x".repeat(40_000);
        Files.writeString(file, "@prefix p: <http://example.org/" + half + "/> .\np:" + half + " p:b p:c .\n");
        assertRejected(file, "long-prefixed.ttl: an IRI of 80,020 characters (the limit is 65,536)");
        Files.writeString(file, "@prefix p: <http://example.org/" + half + "/> .\np:a p:b \"c\"^^p:" + half + " .\n");
        assertRejected(file, "long-prefixed.ttl: an IRI of 80,020 characters (the limit is 65,536)");
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
