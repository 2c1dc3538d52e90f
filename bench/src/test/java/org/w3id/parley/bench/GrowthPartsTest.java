package org.w3id.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.ParleyException;
import org.w3id.parley.generate.CorpusGenerator;

/** The growth and reload parts that need no other system: the article split out, its revisions, the insert, the tables. */
class GrowthPartsTest {
    @TempDir
    static Path tmp;

    private static Path corpus;
    private static DatasetGraph whole;

    @BeforeAll
    static void generate() throws Exception {
        corpus = tmp.resolve("corpus");
        new CorpusGenerator(1, line -> {}).generate(3, corpus);
        whole = DatasetGraphFactory.createTxnMem();
        RDFParser.source(corpus.resolve("articles/a000000-a000002.trig")).parse(StreamRDFLib.dataset(whole));
    }

    @Test
    void theLastArticleIsEveryQuadOfItsGraphsAndNothingElse() throws Exception {
        LastArticle last = LastArticle.of(corpus, 2);
        Path file = tmp.resolve("a2.trig");
        last.write(file);
        DatasetGraph alone = LastArticle.read(file);

        String prefix = "https://w3id.org/parley/id/gen/a000002/";
        Set<Quad> expected = whole.stream()
                .filter(q -> q.getGraph().getURI().startsWith(prefix))
                .collect(Collectors.toSet());
        Set<Quad> written = alone.stream().collect(Collectors.toSet());
        assertEquals(expected, written);
        assertEquals(expected.size(), last.quads());
        Set<String> graphs = new HashSet<>();
        alone.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        assertTrue(
                graphs.containsAll(Set.of(
                        prefix + "graph/source",
                        prefix + "graph/entities",
                        prefix + "graph/claims",
                        prefix + "claim/c1")),
                graphs::toString);
        assertTrue(graphs.stream().allMatch(g -> g.startsWith(prefix)), graphs::toString);
        assertTrue(whole.stream().count() > expected.size(), "the file holds the other articles too");
    }

    @Test
    void onlyTheLastArticleHasAFileNamedForIt() {
        ParleyException missing = assertThrows(ParleyException.class, () -> LastArticle.of(corpus, 1));
        assertTrue(missing.getMessage().contains("a000000-a000001.trig"), missing.getMessage());
    }

    @Test
    void aRevisionChangesOneClaimsLabelAndNothingElse() throws Exception {
        LastArticle last = LastArticle.of(corpus, 2);
        Path original = tmp.resolve("original.trig");
        Path revised = tmp.resolve("revised.trig");
        last.write(original);
        last.writeRevision(revised, 7);
        Set<Quad> before = LastArticle.read(original).stream().collect(Collectors.toSet());
        Set<Quad> after = LastArticle.read(revised).stream().collect(Collectors.toSet());
        Set<Quad> gone = new HashSet<>(before);
        gone.removeAll(after);
        Set<Quad> added = new HashSet<>(after);
        added.removeAll(before);
        assertEquals(1, gone.size(), gone::toString);
        assertEquals(1, added.size(), added::toString);
        Quad was = gone.iterator().next();
        Quad is = added.iterator().next();
        assertEquals(
                "https://w3id.org/parley/id/gen/a000002/claim/c1",
                is.getSubject().getURI());
        assertEquals(RDFS.label.asNode(), is.getPredicate());
        assertEquals(was.getGraph(), is.getGraph());
        Node label = is.getObject();
        assertEquals(was.getObject().getLiteralLexicalForm() + " (revision 7)", label.getLiteralLexicalForm());
        assertEquals("en", label.getLiteralLanguage());
    }

    @Test
    void theInsertDataCarriesExactlyTheArticlesQuads() throws Exception {
        Path file = tmp.resolve("insert.trig");
        LastArticle.of(corpus, 2).write(file);
        String update = Growth.insertData(file);
        assertTrue(update.startsWith("INSERT DATA"), update.substring(0, 40));
        DatasetGraph target = DatasetGraphFactory.createTxnMem();
        UpdateAction.parseExecute(update, target);
        assertEquals(
                LastArticle.read(file).stream().collect(Collectors.toSet()),
                target.stream().collect(Collectors.toSet()));
    }

    @Test
    void sizesAreReadFromDuAndGnuTime() throws Exception {
        assertEquals(6_832_128L, Folders.parseDu("6832128\t/tmp/store\n"));
        assertThrows(ParleyException.class, () -> Folders.parseDu("du: cannot access '/x'"));
        Path rss = Files.writeString(tmp.resolve("rss"), "348160\n");
        assertEquals(340L, JavaProcess.maxRssMb(rss));
        Path killed = Files.writeString(tmp.resolve("killed"), "Command terminated by signal 9\n");
        assertNull(JavaProcess.maxRssMb(killed));
        assertNull(JavaProcess.maxRssMb(tmp.resolve("absent")));
    }

    @Test
    void aStoreCopyKeepsItsContentAndItsHoles() throws Exception {
        Path from = Files.createDirectories(tmp.resolve("from/Data-0001"));
        Path sparse = from.resolve("nodes.dat");
        try (var channel = java.nio.channels.FileChannel.open(
                sparse, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3}), 64L * 1024 * 1024);
        }
        Path to = tmp.resolve("to");
        Folders.copy(tmp.resolve("from"), to);
        Path copied = to.resolve("Data-0001/nodes.dat");
        assertEquals(Files.size(sparse), Files.size(copied));
        assertEquals(List.of((byte) 1, (byte) 2, (byte) 3), tail(Files.readAllBytes(copied)));
        assertTrue(
                Folders.diskUse(to) < 8L * 1024 * 1024,
                "a 64 MiB file with 3 bytes written takes far less: " + Folders.diskUse(to));
    }

    private static List<Byte> tail(byte[] bytes) {
        return List.of(bytes[bytes.length - 3], bytes[bytes.length - 2], bytes[bytes.length - 1]);
    }

    @Test
    void theGrowthTablesSetTheEmptyStoreBesideTheFullOne() {
        Results results = new Results();
        results.machine = new Results.Machine("Test CPU", 2, 24_000, "Linux", "Java 17");
        results.settings.put("articles", 1000);
        results.settings.put("sections", "growth,reloads");
        results.settings.put("reloads", 100);
        results.growth.add(new Results.Growth("parley", "parley load", 0, 331, 4.0, new Results.Heap(100L, 30L), 300L));
        results.growth.add(
                new Results.Growth("parley", "parley load", 1000, 331, 10.0, new Results.Heap(400L, 200L), 600L));
        results.growth.add(new Results.Growth("virtuoso", "INSERT DATA", 0, 331, 0.04, Results.Heap.NONE, null));
        results.growth.add(new Results.Growth("virtuoso", "INSERT DATA", 1000, 331, 0.05, Results.Heap.NONE, null));
        results.reloads = new Results.Reloads(
                1000, 100, 12.5, 20.0, new Results.Heap(500L, 250L), 700L, 100L << 20, 250L << 20, 90L << 20);
        Report report = new Report(results);
        String md = report.markdown();
        assertTrue(md.contains("Parts: growth, reloads; 100 reloads."), md);
        assertTrue(md.contains("one article (331 quads) added to a store of 1,000 articles"), md);
        assertTrue(
                md.contains(
                        "| parley | parley load | 4.00 | 10.0 | 2.50× | 100 / 30 | 400 / 200 | 4.00× | 300 | 600 | 2.00× |"),
                md);
        assertTrue(md.contains("| virtuoso | INSERT DATA | 0.040 | 0.050 | 1.25× | – | – | – | – | – | – |"), md);
        assertTrue(md.contains("Parley's load into 1,000 articles ÷ virtuoso's: 200.00×."), md);
        assertTrue(md.contains("| 100 | 12.5 | 20.0 | 500 / 250 | 700 | 100.0 | 250.0 | 2.50× | 90.0 |"), md);
        assertTrue(!md.contains("**Ingest**"), "no ingest ran, so no ingest table: " + md);
        assertEquals(md, new Report(Report.read(report.json())).markdown(), "the JSON holds the growth rows too");
    }
}
