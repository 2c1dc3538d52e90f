package org.w3id.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.chainLoadArgs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Cli;
import org.w3id.parley.testing.Cli.Run;
import org.w3id.parley.testing.Dumps;

class ExportCommandTest {
    @TempDir
    static Path tmp;

    static Path store;

    @BeforeAll
    static void load() {
        store = tmp.resolve("store");
        Run run = Cli.run(chainLoadArgs(store));
        assertEquals(0, run.exitCode(), run::toString);
    }

    @ParameterizedTest
    @CsvSource({"trig, TRIG", "nq, NQUADS", "jsonld, JSONLD"})
    void dumpsEveryNamedGraphInEachFormat(String format, String langName) {
        Run run = Cli.run("export", "--store", store.toString(), "--format", format);
        assertEquals(0, run.exitCode(), run::toString);
        DatasetGraph dump = DatasetGraphFactory.createTxnMem();
        Lang lang = RDFLanguages.nameToLang(langName);
        RDFParser.source(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)))
                .lang(lang)
                .parse(dump);
        assertEquals(Dumps.exportedQuads(store), dump.stream().count());
        assertFalse(dump.getDefaultGraph().isEmpty(), "the reading view is the dump's default graph");
        assertFalse(dump.containsGraph(Stores.MANIFEST_GRAPH), "load bookkeeping leaked into the dump");
        assertTrue(dump.containsGraph(NodeFactory.createURI("https://w3id.org/parley/id/graph/inferred")));
    }

    @Test
    void anOutputFolderThatDoesNotExistIsExplainedInOneLine() {
        Run run = Cli.run(
                "export",
                "--store",
                store.toString(),
                "--out",
                tmp.resolve("missing/dump.nq").toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("missing: no such directory for --out"), run::toString);
        assertEquals(1, run.err().strip().lines().count(), run::toString);
    }

    @Test
    void writesAFileOnlyWhenTheDumpIsComplete() throws Exception {
        Path out = tmp.resolve("dump.nq");
        Run run = Cli.run("export", "--store", store.toString(), "--format", "nq", "--out", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(Dumps.exportedQuads(store), Files.readAllLines(out).size());
        try (var files = Files.list(tmp)) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".partial")));
        }
    }
}
