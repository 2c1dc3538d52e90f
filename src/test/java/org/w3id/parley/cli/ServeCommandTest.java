package org.w3id.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.store.Compaction;
import org.w3id.parley.testing.Cli;
import org.w3id.parley.testing.Cli.Run;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.StoreFingerprint;

import picocli.CommandLine;

/** {@code parley serve} as a newcomer runs it: project defaults, the real article, a real server on a free port. */
class ServeCommandTest {
    @TempDir
    Path tmp;

    private static final String CHAIN = """
            PREFIX parley: <https://w3id.org/parley/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?next ?later ?topic WHERE {
              # the links are positions: each in the graph of a claim that states it
              GRAPH ?first { <https://w3id.org/parley/id/concession/withdrawal-from-donetsk> parley:isPreconditionFor ?stage }
              GRAPH ?second { ?stage parley:isPreconditionFor ?laterStage }
              GRAPH ?third { ?laterStage parley:agendaTopic ?t }
              ?stage rdfs:label ?next . ?laterStage rdfs:label ?later . ?t rdfs:label ?topic .
            }""";

    private record Started(ServeCommand.Running running, String out) {}

    private Started serve(String... args) {
        ServeCommand command = new ServeCommand();
        CommandLine cli = new CommandLine(command);
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        cli.parseArgs(args);
        command.spec = cli.getCommandSpec();
        return new Started(command.start(), out.toString());
    }

    @Test
    void servesTheArticleAndAnswersThePreconditionChain() {
        Started first = serve("--store", tmp.resolve("store").toString(), "--port", "0");
        try (ServeCommand.Running running = first.running()) {
            assertTrue(first.out().contains("Loaded: "), first::out);
            String endpoint = "http://localhost:" + running.server().getHttpPort() + "/parley/sparql";
            assertTrue(first.out().contains(endpoint), first::out);

            HttpResponse<String> csv = Http.query(endpoint, CHAIN, "text/csv");
            assertEquals(200, csv.statusCode(), csv::body);
            List<String> rows = csv.body().strip().lines().map(String::strip).toList();
            assertTrue(
                    rows.contains(
                            "start of negotiations,later round of negotiations on other topics,size of Ukraine's military"),
                    csv::body);

            analysesOverHttp("http://localhost:" + running.server().getHttpPort() + "/parley/analysis/");
            String site = "http://localhost:" + running.server().getHttpPort();
            assertTrue(first.out().contains("Linked data    " + site + "/id/"), first::out);
            assertTrue(Http.get(site + "/id/actor/russia", "text/html").body().contains("<h1>Russia</h1>"));

            Run remote = Cli.run("query", "--endpoint", endpoint, "--format", "csv", "moscow-agenda");
            assertEquals(0, remote.exitCode(), remote::toString);
            assertTrue(remote.out().contains("size of Ukraine's military"), remote::toString);
        }

        Started again = serve("--store", tmp.resolve("store").toString(), "--port", "0");
        try (ServeCommand.Running running = again.running()) {
            assertTrue(again.out().contains("it is up to date with"), again::out);
            assertTrue(!again.out().contains("Loaded: "), again::out);
        }
    }

    /** The named queries over HTTP: a list, then each row with its evidence, in JSON and CSV. */
    private static void analysesOverHttp(String base) {
        HttpResponse<String> list = Http.get(base, "application/json");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"name\" : \"contingent-guarantees\""), list::body);

        HttpResponse<String> json = Http.get(base + "contingent-guarantees", "application/sparql-results+json");
        assertEquals(200, json.statusCode(), json::body);
        JsonObject results = JSON.parse(json.body());
        assertEquals(
                1,
                results.get("results")
                        .getAsObject()
                        .get("bindings")
                        .getAsArray()
                        .size());
        JsonObject evidence =
                results.get("evidence").getAsArray().get(0).getAsArray().get(0).getAsObject();
        assertEquals("https://w3id.org/parley/ontology#reported", evidence.getString("modality"));
        assertEquals("Washington", evidence.getString("holderLabel"), "whose position it is");
        assertEquals("Jennifer Kavanagh", evidence.getString("speakerLabel"), "the author reports it");
        assertTrue(
                evidence.getString("quote").contains("contingent on Kyiv’s withdrawal from Donetsk"),
                evidence::toString);

        HttpResponse<String> csv = Http.get(
                base + "leverage?wanter=" + Http.encode("<https://w3id.org/parley/id/actor/russia>"), "text/csv");
        assertEquals(200, csv.statusCode(), csv::body);
        assertTrue(csv.body().lines().findFirst().orElseThrow().endsWith(",evidence"), csv::body);
        assertTrue(
                csv.body().contains("Jennifer Kavanagh (asserted): “Firstly, the US has things Russia wants"),
                csv::body);

        assertEquals(
                404, Http.get(base + "no-such-analysis", "application/json").statusCode());
        HttpResponse<String> badParam = Http.get(base + "leverage?nope=1", "application/json");
        assertEquals(400, badParam.statusCode());
        assertTrue(badParam.body().contains("no variable ?nope"), badParam::body);
        assertEquals(406, Http.get(base + "leverage", "image/png").statusCode());
    }

    @Test
    void aStoreThatOutgrewItsLastCompactionIsCompactedAtStartup() throws Exception {
        Path ontology = Files.createDirectories(tmp.resolve("ontology"));
        Files.copy(fixture("ontology.ttl"), ontology.resolve("ontology.ttl"));
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.copy(fixture("chain.trig"), data.resolve("chain.trig"));
        Path store = tmp.resolve("store");
        String[] args = {
            "--store",
            store.toString(),
            "--port",
            "0",
            "--ontology",
            ontology.toString(),
            "--data",
            data.toString(),
            "--shapes",
            fixture("shapes.ttl").toString()
        };
        Path baseline = store.resolve(Compaction.BASELINE_FILE);
        String before;
        Started first = serve(args);
        try (ServeCommand.Running running = first.running()) {
            assertTrue(first.out().contains("Loaded: "), first::out);
            assertFalse(first.out().contains("Compacted"), first::out);
            assertTrue(Files.exists(baseline), "the first load recorded no baseline");
            before = StoreFingerprint.of(running.store());
        }

        // As if the store had grown far past its size after the last compaction.
        Files.writeString(baseline, "1");
        String[] never = Arrays.copyOf(args, args.length + 2);
        never[args.length] = "--compact-at";
        never[args.length + 1] = "0";
        Started off = serve(never);
        try (ServeCommand.Running running = off.running()) {
            assertFalse(off.out().contains("Compacted"), off::out);
        }
        assertFalse(Files.exists(store.resolve("Data-0002")));

        Started again = serve(args);
        try (ServeCommand.Running running = again.running()) {
            assertTrue(again.out().contains("it is up to date with"), again::out);
            assertTrue(again.out().contains("Compacted the store"), again::out);
            assertTrue(again.out().contains("-> Data-0002"), again::out);
            assertEquals(before, StoreFingerprint.of(running.store()));
            HttpResponse<String> ask = Http.query(
                    "http://localhost:" + running.server().getHttpPort() + "/parley/sparql",
                    "ASK { ?s <http://example.org/negotiation#isPreconditionFor> ?o }",
                    "application/sparql-results+json");
            assertTrue(ask.body().contains("true"), ask::body);
        }
        assertFalse(Files.exists(store.resolve("Data-0001")));
        assertTrue(Long.parseLong(Files.readString(baseline).strip()) > 1);
    }

    @Test
    void aCompactionFactorOfOneOrLessIsAUsageError() {
        Run run = Cli.run("serve", "--mem", "--port", "0", "--compact-at", "1");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--compact-at must be 0 (never) or above 1, not 1.0"), run::toString);
    }

    @Test
    void aPortInUseIsExplainedInOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Run run = Cli.run("serve", "--mem", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(1, run.exitCode(), run::toString);
            assertTrue(
                    run.err().contains("Port " + taken.getLocalPort() + " on localhost is already in use"),
                    run::toString);
            assertEquals(1, run.err().strip().lines().count(), run::toString);
        }
    }

    @Test
    void aZeroTimeoutOrRequestLimitIsAUsageError() {
        Run zero = Cli.run("serve", "--mem", "--port", "0", "--timeout", "0");
        assertEquals(2, zero.exitCode(), zero::toString);
        assertTrue(zero.err().contains("is not a positive duration"), zero::toString);
        Run size = Cli.run("serve", "--mem", "--port", "0", "--max-request-mb", "0");
        assertEquals(2, size.exitCode(), size::toString);
        assertTrue(size.err().contains("--max-request-mb must be between 1 and 1024, not 0"), size::toString);
    }

    @Test
    void aBaseThatIsNotAnHttpIriEndingInASlashIsAUsageError() {
        for (String base : List.of("https://example.org/kg", "urn:x:kg/", "https://exa mple.org/")) {
            Run run = Cli.run("serve", "--mem", "--port", "0", "--base", base);
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().contains("--base must be an http(s) IRI ending in '/'"), run::toString);
        }
    }

    @Test
    void aMissingPasswordFileIsRefusedBeforeAnythingStarts() {
        Run run = Cli.run(
                "serve",
                "--mem",
                "--port",
                "0",
                "--auth",
                tmp.resolve("nope.passwd").toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("nope.passwd: no such password file"), run::toString);
    }
}
