package org.w3id.parley.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Sha256;
import org.w3id.parley.load.Inference;
import org.w3id.parley.load.Loader;
import org.w3id.parley.load.Validation;
import org.w3id.parley.query.NamedQueries;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Cli;
import org.w3id.parley.testing.Cli.Run;
import org.w3id.parley.testing.ClosureCheck;
import org.w3id.parley.testing.SelectorCheck;

/** {@code parley generate}: a synthetic corpus that is valid, reproducible, exactly anchored and worth analysing. */
class GenerateCommandTest {
    private static final Path ONTOLOGY = Path.of("ontology");
    private static final Path SHAPES = ONTOLOGY.resolve("shapes.ttl");

    @TempDir
    static Path shared;

    static Path corpus;
    static DatasetGraph store;

    @TempDir
    Path tmp;

    /** One N=20 corpus, generated and loaded (validated, inferred) once for the tests that only read it. */
    @BeforeAll
    static void generateAndLoad() {
        corpus = shared.resolve("corpus");
        Run run = Cli.run("generate", "--articles", "20", "--seed", "7", "--out", corpus.toString());
        assertEquals(0, run.exitCode(), run::toString);
        store = Stores.inMemory();
        new Loader(store, Validation.fromFile(SHAPES), Inference.standard(), line -> {})
                .load(List.of(ONTOLOGY, corpus));
    }

    @AfterAll
    static void close() {
        if (store != null) store.close();
    }

    @Test
    void theLoadedCorpusHoldsTheClosuresTheQueriesRead() {
        ClosureCheck.assertMaterialised(store);
    }

    @Test
    void summaryCountsArticlesFilesAndQuads() throws IOException {
        Run run =
                Cli.run("generate", "--articles", "3", "--out", tmp.resolve("c").toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().matches("Generated 3 articles: 2 files, [0-9,]+ quads in .*\\R"), run::toString);
        assertEquals(2, files(tmp.resolve("c")).size());
    }

    @Test
    void generatedCorpusConformsToTheShapes() {
        Run run = Cli.run(
                "validate", "--ontology", ONTOLOGY.toString(), "--shapes", SHAPES.toString(), corpus.toString());
        assertEquals(0, run.exitCode(), run::toString);
    }

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() {
        Map<String, String> first = digests(generate(tmp.resolve("one"), "7"));
        Map<String, String> again = digests(generate(tmp.resolve("two"), "7"));
        Map<String, String> other = digests(generate(tmp.resolve("three"), "8"));
        assertEquals(first, again);
        assertEquals(digests(corpus), first);
        assertNotEquals(first, other);
    }

    @Test
    void everySelectorMatchesItsText() {
        List<Binding> selectors = QueryRunner.local(store).select(QueryFactory.create("""
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX cnt: <http://www.w3.org/2011/content#>
                SELECT ?target ?text ?exact ?prefix ?suffix ?start ?end WHERE {
                  ?target oa:hasSource/cnt:chars ?text ; oa:hasSelector ?q, ?p .
                  ?q a oa:TextQuoteSelector ; oa:exact ?exact .
                  ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                  OPTIONAL { ?q oa:prefix ?prefix } OPTIONAL { ?q oa:suffix ?suffix }
                }"""));
        assertTrue(selectors.size() >= 20 * 5, "selectors: " + selectors.size());
        List<String> wrong = new ArrayList<>();
        for (Binding s : selectors)
            wrong.addAll(SelectorCheck.problems(s, s.get("text").getLiteralLexicalForm()));
        assertEquals(List.of(), wrong);
    }

    @Test
    void theDeadlockAnalysisFindsRefusedSequences() {
        List<Binding> rows = QueryRunner.local(store)
                .select(QueryRunner.parse(NamedQueries.all().get("deadlocks")));
        long refused = rows.stream()
                .filter(r -> r.get("kind").getLiteralLexicalForm().equals("refused sequence"))
                .count();
        assertTrue(refused >= 1, rows::toString);
    }

    @Test
    void claimsAreTimedByDatesAndWordsAndANegotiationHasSeveralDatedSources() {
        List<Binding> timed = select("""
                PREFIX parley: <https://w3id.org/parley/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?claim ?when ?exact WHERE {
                  ?claim a parley:Claim ; parley:hasQuote/oa:hasSelector/oa:exact ?exact .
                  { ?claim dcterms:date ?when } UNION { ?claim parley:timeDescription ?when }
                }""");
        assertTrue(
                timed.stream()
                        .anyMatch(r -> r.get("when").getLiteralDatatypeURI().endsWith("#gYearMonth")),
                "dated");
        assertTrue(timed.stream().anyMatch(r -> "en".equals(r.get("when").getLiteralLanguage())), "timed in words");
        for (Binding claim : timed) {
            // A claim's time is in its own words: "For months, ..." or "In March 2025, ...".
            String words = claim.get("when").getLiteralLanguage().isEmpty()
                    ? claim.get("when").getLiteralLexicalForm().substring(0, 4)
                    : claim.get("when").getLiteralLexicalForm();
            assertTrue(claim.get("exact").getLiteralLexicalForm().contains(words), claim::toString);
        }
        List<Binding> sources = select("""
                PREFIX parley: <https://w3id.org/parley/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX schema: <https://schema.org/>
                SELECT ?source ?published WHERE {
                  GRAPH ?claim { <https://w3id.org/parley/id/gen/n000001/concession/c1> ?p ?o }
                  ?claim prov:wasDerivedFrom ?source . ?source schema:datePublished ?published
                } GROUP BY ?source ?published ORDER BY ?source""");
        assertEquals(
                List.of("a000003", "a000004", "a000005"),
                sources.stream()
                        .map(r -> r.get("source").getURI().replaceAll(".*/gen/(a[0-9]+)/article", "$1"))
                        .toList(),
                "negotiation 1 is covered by articles 3, 4 and 5");
        List<String> days = sources.stream()
                .map(r -> r.get("published").getLiteralLexicalForm())
                .toList();
        assertEquals(days.stream().sorted().toList(), days, "its articles follow one another in time");
    }

    @Test
    void theAnalysesOverTimeFindShiftsAndDisagreements() {
        List<Binding> shifts = analysis("shifts");
        assertFalse(shifts.isEmpty(), "a red line in one article, a hedged acceptance in a later one");
        for (Binding shift : shifts) {
            assertFalse(shift.get("earlierClaim").equals(shift.get("laterClaim")), shift::toString);
            assertTrue(
                    shift.get("earlierTime")
                                    .getLiteralLexicalForm()
                                    .compareTo(shift.get("laterTime").getLiteralLexicalForm())
                            <= 0,
                    shift::toString);
        }
        List<Binding> disagreements = analysis("disagreements");
        assertTrue(
                disagreements.stream()
                        .anyMatch(r -> r.get("firstProperty").getURI().endsWith("#doesNotLeadTo")
                                || r.get("secondProperty").getURI().endsWith("#doesNotLeadTo")),
                disagreements::toString);
        assertFalse(analysis("position-history").isEmpty());
    }

    private static List<Binding> select(String query) {
        return QueryRunner.local(store).select(QueryFactory.create("PREFIX oa: <http://www.w3.org/ns/oa#>\n" + query));
    }

    private static List<Binding> analysis(String name) {
        return QueryRunner.local(store)
                .select(QueryRunner.parse(NamedQueries.all().get(name)));
    }

    @Test
    void articlesOutOfRangeAreAUsageError() {
        Run zero = Cli.run(
                "generate", "--articles", "0", "--out", tmp.resolve("zero").toString());
        assertEquals(2, zero.exitCode(), zero::toString);
        assertFalse(Files.exists(tmp.resolve("zero")), zero::toString);
        assertEquals(
                2,
                Cli.run(
                                "generate",
                                "--articles",
                                "100001",
                                "--out",
                                tmp.resolve("big").toString())
                        .exitCode());
        assertEquals(
                2, Cli.run("generate", "--out", tmp.resolve("none").toString()).exitCode());
    }

    @Test
    void aNonEmptyOutIsRefusedInOneLine() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("used"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        Run run = Cli.run("generate", "--articles", "2", "--out", out.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(run.err().startsWith("parley generate: ") && run.err().contains("not empty"), run::toString);
        assertEquals(List.of(out.resolve("keep.txt")), files(out));
    }

    private static Path generate(Path out, String seed) {
        Run run = Cli.run("generate", "--articles", "20", "--seed", seed, "--out", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        return out;
    }

    /** Each file's path relative to the corpus folder and its sha256. */
    private static Map<String, String> digests(Path dir) {
        Map<String, String> digests = new TreeMap<>();
        for (Path file : files(dir)) {
            try {
                digests.put(dir.relativize(file).toString(), Sha256.of(Files.readString(file)));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return digests;
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
