package org.w3id.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.chainLoadArgs;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Cli;
import org.w3id.parley.testing.Cli.Run;

class QueryCommandTest {
    @TempDir
    static Path tmp;

    static String store;

    @BeforeAll
    static void loadFixtures() {
        store = tmp.resolve("store").toString();
        Run load = Cli.run(chainLoadArgs(Path.of(store)));
        assertEquals(0, load.exitCode(), load::toString);
    }

    private static Run query(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "query";
        all[1] = "--store";
        all[2] = store;
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.run(all);
    }

    @Test
    void tableShowsTheTransitiveChain() {
        Run run = query(fixture("chain.rq").toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("| ex:withdrawal   | ex:militaryTalks |"), run::toString);
    }

    @Test
    void csvTsvAndJsonParseBackToTheSameRows() {
        // withdrawal -> guarantee is inferred: the guarantee is contingentOn (a sub-property of hasPrecondition) the
        // withdrawal.
        List<String> expected = List.of(
                "negotiations->militaryTalks",
                "withdrawal->guarantee",
                "withdrawal->militaryTalks",
                "withdrawal->negotiations");
        assertEquals(expected, rows(query("--format", "csv", fixture("chain.rq").toString()), ResultSetLang.RS_CSV));
        assertEquals(expected, rows(query("--format", "tsv", fixture("chain.rq").toString()), ResultSetLang.RS_TSV));
        assertEquals(
                expected, rows(query("--format", "json", fixture("chain.rq").toString()), ResultSetLang.RS_JSON));
    }

    private static List<String> rows(Run run, Lang lang) {
        assertEquals(0, run.exitCode(), run::toString);
        ResultSet results =
                ResultSetMgr.read(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)), lang);
        List<String> rows = new ArrayList<>();
        results.forEachRemaining(row -> rows.add(
                local(row.get("from").toString()) + "->" + local(row.get("to").toString())));
        return rows.stream().sorted().toList();
    }

    private static String local(String iri) {
        return iri.substring(iri.indexOf('#') + 1);
    }

    @Test
    void aParameterIsBoundAsAnRdfTerm() {
        Run run = query(
                "--format",
                "csv",
                "--param",
                "from=<http://example.org/negotiation#negotiations>",
                fixture("chain.rq").toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(
                List.of(
                        "from,to",
                        "http://example.org/negotiation#negotiations,http://example.org/negotiation#militaryTalks"),
                run.out().strip().lines().toList());
    }

    @Test
    void prefixedNamesUseTheQueryPrefixes() {
        Run run = query(
                "--format",
                "csv",
                "-p",
                "from=ex:withdrawal",
                fixture("chain.rq").toString());
        assertEquals(4, run.out().strip().lines().count(), run::toString);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "> } ; DROP ALL #",
                "<http://x> } ; DROP ALL #",
                "\"x\" } DROP ALL { \"y\"",
                "x } UNION { ?s ?p ?o"
            })
    void hostileParameterValuesAreOnlyEverLiterals(String hostile) {
        Run run = query(
                "--format",
                "json",
                "--param",
                "value=" + hostile,
                fixture("labels.rq").toString());
        assertEquals(0, run.exitCode(), run::toString);
        ResultSet results = ResultSetMgr.read(
                new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        var row = results.next();
        assertEquals("literal", row.getLiteral("kind").getString());
        assertEquals(hostile, row.getLiteral("value").getString());
        assertTrue(!results.hasNext());
    }

    @Test
    void aLabelOnTheCommandLineGivesTheRowsOfItsIri() {
        String article = Article.tdbStore().toString();
        Run byIri = Cli.run(
                "query",
                "--store",
                article,
                "--format",
                "csv",
                "-p",
                "actor=<https://w3id.org/parley/id/actor/washington>",
                "source-view");
        assertEquals(0, byIri.exitCode(), byIri::toString);
        assertTrue(byIri.out().contains("held by"), "Washington holds positions the author reports: " + byIri);
        for (String value : List.of("Washington", "id:actor/washington", "/id/actor/washington")) {
            Run run = Cli.run("query", "--store", article, "--format", "csv", "-p", "actor=" + value, "source-view");
            assertEquals(0, run.exitCode(), run::toString);
            assertEquals(byIri.out(), run.out(), value);
        }
    }

    @Test
    void aValueThatNamesNothingIsAUsageError() {
        Run run = query("-p", "from=Atlantis", fixture("chain.rq").toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("", run.out(), "no empty answer");
        assertTrue(run.err().startsWith("Parameter from: 'Atlantis' names nothing in the data."), run::toString);
        assertTrue(run.err().contains("Usage: parley query"), "usage follows: " + run);

        Run absent = query("-p", "from=ex:atlantis", fixture("chain.rq").toString());
        assertEquals(2, absent.exitCode(), absent::toString);
        assertTrue(
                absent.err()
                        .startsWith(
                                "Parameter from: no resource <http://example.org/negotiation#atlantis> in the data."),
                absent::toString);
    }

    @Test
    void anUnknownParameterIsRefused() {
        Run run = query("--param", "nope=1", fixture("chain.rq").toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("no variable ?nope"), run::toString);
    }

    @Test
    void anUnreachableEndpointIsOneLine() {
        Run run = Cli.run(
                "query",
                "--endpoint",
                "http://127.0.0.1:9/sparql",
                fixture("chain.rq").toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("parley query: the SPARQL endpoint failed: "), run::toString);
        assertEquals(1, run.err().strip().lines().count(), run::toString);
    }

    @Test
    void anUnknownQueryNameListsTheNamedOnes() {
        Run run = query("no-such-query");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("No query named 'no-such-query'"), run::toString);
    }

    @Test
    void aBrokenQueryFileNamesLineAndColumn() throws Exception {
        Path broken = Files.writeString(tmp.resolve("broken.rq"), "SELECT * WHERE {\n  ?s ?p \n}");
        Run run = query(broken.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("broken.rq: Encountered \" \"}\" \"} \"\" at line 3, column 1."), run::toString);
    }

    @Test
    void findingsPrintEachRowOfTheArticleAsASentenceWithItsQuotes() {
        Run run = Cli.run("query", "--store", Article.tdbStore().toString(), "--findings", "deadlocks");
        assertEquals(0, run.exitCode(), run::toString);
        List<String> lines = run.out().strip().lines().toList();
        assertEquals(
                "Washington requires Ukrainian withdrawal from Donetsk before security guarantees for Ukraine; Ukraine's"
                        + " leaders cannot accept that order, “give up the land first, receive security promises later”",
                lines.get(0));
        assertTrue(
                lines.get(1)
                        .startsWith(
                                "    Washington, stated by Jennifer Kavanagh (reported): “In recent rounds of talks with the Ukrainian"),
                run::toString);
        assertTrue(lines.get(2).startsWith("    Jennifer Kavanagh (asserted): “Understanding this,"), run::toString);
        assertEquals("1 finding", lines.get(lines.size() - 1));

        Run leverage = Cli.run(
                "query", "--store", Article.tdbStore().toString(), "--findings", "-p", "wanter=Russia", "leverage");
        assertEquals(
                "2 findings", leverage.out().strip().lines().reduce((a, b) -> b).orElseThrow(), leverage::toString);
    }

    @Test
    void findingsOfAQueryWithoutASentenceAreAUsageError() {
        Run run = query("--findings", fixture("chain.rq").toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("chain.rq has no #+ finding: header"), run::toString);
    }
}
