package org.w3id.parley.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.chainLoadArgs;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.cli.ParleyCommand;
import org.w3id.parley.publish.Published;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Fixtures;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.Jvm;
import org.w3id.parley.testing.StoreFingerprint;
import org.w3id.parley.testing.TestServer;

/**
 * A load, an authenticated update or a compaction killed with SIGKILL at a random moment leaves the store holding
 * exactly the data before or exactly the data after, never a mix, and the store still opens and serves.
 * The number of kills is {@code -Dparley.reliability.kills} (3 by default; the full run uses 20).
 */
class CrashSafetyTest {
    private static final int KILLS = Integer.getInteger("parley.reliability.kills", 3);
    private static final long SEED = Long.getLong("parley.reliability.seed", 20260128L);
    private static final int QUADS = 60_000;

    @TempDir
    Path tmp;

    /**
     * A first load of three files of labels in batches of one file (each takes more than the 1 MiB asked for): the
     * first batch recomputes the entailments in memory, the others maintain them against the store, and the kills
     * fall anywhere in them or at the one commit that ends them all.
     */
    @Test
    void aKilledLoadLeavesTheStoreBeforeOrAfter() throws Exception {
        Path pristine = tmp.resolve("pristine");
        runToCompletion(chainLoadArgs(pristine));
        String before = StoreFingerprint.inFreshJvm(pristine);
        // "Before" must be the fixture itself, not an empty or half-written store: else a kill that wiped the store
        // would count as "before".
        assertEquals(
                StoreFingerprint.of(Fixtures.chainStore()),
                before,
                "the store before the load does not hold exactly the fixture");
        Path folder = Files.createDirectories(tmp.resolve("big"));
        // half the other loads' quads, as the batches after the first cost more per quad (10,000 lines take 1.1 MB)
        int files = 3, each = QUADS / 6;
        for (int f = 0; f < files; f++) generate(folder.resolve("part" + f + ".nq"), "p" + f, each, 500 / files);
        // more than the store holds: the first batch recomputes the entailments over everything, in memory
        String output = killLoads(
                "crash.load",
                pristine,
                before,
                folder,
                List.of("--batch-mib", "1"),
                files * each,
                "p" + (files - 1) + (each - 1));
        assertTrue(output.contains("inferred graph recomputed"), output);
        assertTrue(output.contains("batch " + files + " of " + files), output);
    }

    /** The same for a load into a store that holds more than the load writes, which maintains the entailments. */
    @Test
    void aKilledMaintainingLoadLeavesTheStoreBeforeOrAfter() throws Exception {
        // smaller than the other tests' store, to keep the suite short: what matters is that it holds more graphs
        Path pristine = chainAndLabels(tmp.resolve("pristine"), QUADS / 3);
        String before = StoreFingerprint.inFreshJvm(pristine);
        int added = QUADS / 30;
        Path small = generate(tmp.resolve("small.nq"), "more", added, 50);
        String output =
                killLoads("crash.maintaining-load", pristine, before, small, List.of(), added, "more" + (added - 1));
        assertTrue(output.contains("inferred graph maintained"), output);
    }

    /**
     * Loads {@code file} into a copy of {@code pristine} to completion, then kills the same load at random moments in
     * other copies: each killed store holds exactly what {@code pristine} held, or what the completed load left.
     *
     * @return what the completed load printed
     */
    private String killLoads(
            String name, Path pristine, String before, Path file, List<String> options, int quads, String lastLabel)
            throws Exception {
        Path completed = copy(pristine, tmp.resolve("completed"));
        long start = System.nanoTime();
        String output = runToCompletion(loadArgs(completed, options, file));
        long fullLoadMillis = (System.nanoTime() - start) / 1_000_000;
        String after = StoreFingerprint.inFreshJvm(completed);
        // the load's quads, and the reading view's copies of the facts among them
        assertTrue(Long.parseLong(firstWord(after)) >= Long.parseLong(firstWord(before)) + quads, after);

        Random random = new Random(SEED);
        int sawBefore = 0, sawAfter = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Path store = copy(pristine, tmp.resolve("store-" + kill));
            Process load = Jvm.start(ParleyCommand.class, loadArgs(store, options, file));
            // Anywhere from parsing to just past the end, so commits get hit too.
            Thread.sleep(fullLoadMillis * 3 / 10 + random.nextInt((int) Math.max(fullLoadMillis * 8 / 10, 1)));
            load.destroyForcibly().waitFor();
            String state = StoreFingerprint.inFreshJvm(store);
            assertTrue(
                    state.equals(before) || state.equals(after),
                    "kill " + kill + " (seed " + SEED + ") left a mixed store: " + state + ", before " + before
                            + ", after " + after);
            assertSearchMatches(store, lastLabel);
            if (state.equals(before)) sawBefore++;
            else sawAfter++;
        }
        Reliability.record(name, "kills=" + KILLS + " before=" + sawBefore + " after=" + sawAfter + " seed=" + SEED);
        assertServes(tmp.resolve("store-" + (KILLS - 1)));
        return output;
    }

    /**
     * Opened again, the killed store's search index finds what the store holds, whichever of the two commits the kill
     * fell between: a label the load wrote is found only if the store has it.
     */
    private static void assertSearchMatches(Path dir, String label) {
        DatasetGraph store = Stores.openTdb2(dir);
        long held = Published.count(
                store, "SELECT (COUNT(*) AS ?n) { ?s <http://www.w3.org/2000/01/rdf-schema#label> \"" + label + "\" }");
        long found = Published.count(
                store,
                "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                        + " SELECT (COUNT(*) AS ?n) { ?s text:query (rdfs:label \"" + label + "\") }");
        assertEquals(held, found, "the search index of " + dir + " does not match its store");
    }

    /** The killed store opens and serves (in this JVM, which has not touched it before). */
    private static void assertServes(Path store) {
        try (TestServer server = TestServer.over(Stores.openTdb2(store)).start()) {
            HttpResponse<String> ask = Http.query(
                    server.sparql(),
                    "ASK { ?s <http://example.org/negotiation#isPreconditionFor> ?o }",
                    "application/sparql-results+json");
            assertEquals(200, ask.statusCode(), ask::body);
            assertTrue(ask.body().contains("true"), ask::body);
        }
    }

    @Test
    void aKilledUpdateLeavesTheStoreBeforeOrAfter() throws Exception {
        Path dataDir = Files.createDirectories(tmp.resolve("data"));
        Files.copy(fixture("chain.trig"), dataDir.resolve("chain.trig"));
        Path ontologyDir = Files.createDirectories(tmp.resolve("ontology"));
        Files.copy(fixture("ontology.ttl"), ontologyDir.resolve("ontology.ttl"));
        Path pristine = tmp.resolve("pristine");
        runToCompletion(
                "load",
                "--store",
                pristine.toString(),
                "--shapes",
                fixture("shapes.ttl").toString(),
                ontologyDir.toString(),
                dataDir.toString());
        String before = StoreFingerprint.inFreshJvm(pristine);
        long beforeCount = Long.parseLong(firstWord(before));
        int triples = 20_000;
        String update = insertData(triples);

        Random random = new Random(SEED);
        int sawBefore = 0, sawAfter = 0;
        int kills = Math.max(2, KILLS / 2);
        for (int kill = 0; kill < kills; kill++) {
            Path store = copy(pristine, tmp.resolve("served-" + kill));
            int port = freePort();
            Process server = Jvm.start(
                    ParleyCommand.class,
                    "serve",
                    "--store",
                    store.toString(),
                    "--port",
                    Integer.toString(port),
                    "--auth",
                    fixture("users.passwd").toString(),
                    "--ontology",
                    ontologyDir.toString(),
                    "--data",
                    dataDir.toString(),
                    "--shapes",
                    fixture("shapes.ttl").toString());
            awaitPing(port, server);
            CompletableFuture<HttpResponse<String>> sent = Http.client()
                    .sendAsync(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/parley/update"))
                                    .header("Content-Type", "application/sparql-update")
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString(
                                                                    "editor:s3cret".getBytes(StandardCharsets.UTF_8)))
                                    .POST(HttpRequest.BodyPublishers.ofString(update))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            Thread.sleep(1 + random.nextInt(1500));
            server.destroyForcibly().waitFor();
            sent.handle((response, error) -> null).join();
            String state = StoreFingerprint.inFreshJvm(store);
            long count = Long.parseLong(firstWord(state));
            assertTrue(
                    state.equals(before) || count == beforeCount + triples,
                    "kill " + kill + " left a mixed store: " + state + ", before " + before);
            assertSearchMatches(store, Integer.toString(QUADS - 1));
            if (state.equals(before)) sawBefore++;
            else sawAfter++;
        }
        Reliability.record(
                "crash.update", "kills=" + kills + " before=" + sawBefore + " after=" + sawAfter + " seed=" + SEED);
        assertServes(tmp.resolve("served-" + (kills - 1)));
    }

    /**
     * Compaction changes no data, so "before or after" means: the store opens in a fresh JVM holding exactly what it
     * held, manifest included, on one generation or the other; and a later compaction cleans up what the kill left.
     */
    @Test
    void aKilledCompactionLeavesTheStoreBeforeOrAfter() throws Exception {
        Path pristine = chainAndLabels(tmp.resolve("pristine"), QUADS);
        String before = StoreFingerprint.withManifestInFreshJvm(pristine);
        assertTrue(
                Long.parseLong(firstWord(before))
                        >= Long.parseLong(firstWord(StoreFingerprint.of(Fixtures.chainStore()))) + QUADS,
                before);

        Path completed = copy(pristine, tmp.resolve("compacted"));
        long start = System.nanoTime();
        runToCompletion("compact", "--store", completed.toString());
        long fullMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of("Data-0002"), generations(completed));
        assertEquals(before, StoreFingerprint.withManifestInFreshJvm(completed));

        Random random = new Random(SEED);
        Map<String, Integer> seen = new TreeMap<>();
        int kills = Math.max(2, KILLS / 2);
        for (int kill = 0; kill < kills; kill++) {
            Path store = copy(pristine, tmp.resolve("compacting-" + kill));
            Process compact = Jvm.start(ParleyCommand.class, "compact", "--store", store.toString());
            // Most of the run is the JVM starting, so aim at its second half and just past its end.
            Thread.sleep(fullMillis * 4 / 10 + random.nextInt((int) Math.max(fullMillis * 7 / 10, 1)));
            compact.destroyForcibly().waitFor();
            seen.merge(String.join("+", generations(store)), 1, Integer::sum);
            String state = StoreFingerprint.withManifestInFreshJvm(store);
            assertEquals(
                    before,
                    state,
                    "kill " + kill + " (seed " + SEED + ") changed the store; generations now " + generations(store));
        }
        Reliability.record("crash.compact", "kills=" + kills + " generations=" + seen + " seed=" + SEED);

        Path last = tmp.resolve("compacting-" + (kills - 1));
        runToCompletion("compact", "--store", last.toString());
        List<String> left = generations(last);
        assertEquals(1, left.size(), "left behind: " + left);
        assertEquals(before, StoreFingerprint.withManifestInFreshJvm(last));
        assertServes(last);
    }

    /** The store's generation folders, Data-0001 and on, with any half-written -tmp copy. */
    private static List<String> generations(Path store) throws IOException {
        try (Stream<Path> entries = Files.list(store)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith("Data-"))
                    .sorted()
                    .toList();
        }
    }

    /** Without the compaction a load runs once the store has doubled: the kills here are aimed at the load. */
    private static String[] loadArgs(Path store, List<String> options, Path file) {
        List<String> args = new ArrayList<>(List.of(
                "load",
                "--compact-at",
                "0",
                "--store",
                store.toString(),
                "--shapes",
                fixture("shapes.ttl").toString()));
        args.addAll(options);
        args.add(file.toString());
        return args.toArray(String[]::new);
    }

    /** A store of the chain fixture and {@code labels} labelled resources in 500 graphs, loaded by {@code parley load}. */
    private Path chainAndLabels(Path store, int labels) throws Exception {
        runToCompletion(chainLoadArgs(store));
        runToCompletion(loadArgs(store, List.of(), generate(tmp.resolve("big.nq"), "", labels, 500)));
        return store;
    }

    private static String runToCompletion(String... args) throws Exception {
        Process process = Jvm.start(ParleyCommand.class, args);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        return out;
    }

    /** {@code quads} labelled resources over {@code graphs} graphs; names and labels (one search token) begin with {@code prefix}. */
    private static Path generate(Path file, String prefix, int quads, int graphs) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < quads; i++)
                // Labels, so that the load writes the search index too and a kill can fall between its two commits.
                out.write(
                        "<http://example.org/" + prefix + "s" + i + "> <http://www.w3.org/2000/01/rdf-schema#label> \""
                                + prefix + i + "\" <http://example.org/" + prefix + "g" + (i % graphs) + "> .\n");
        }
        return file;
    }

    private static String insertData(int triples) {
        StringBuilder update = new StringBuilder("INSERT DATA { GRAPH <http://example.org/graph/inserted> {\n");
        for (int i = 0; i < triples; i++)
            update.append("<http://example.org/u")
                    .append(i)
                    .append("> <http://example.org/p> ")
                    .append(i)
                    .append(" .\n");
        return update.append("} }").toString();
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                if (source.getFileName().toString().equals("tdb.lock")) continue;
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(target);
                else Files.copy(source, target);
            }
        }
        return to;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitPing(int port, Process server) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (!server.isAlive())
                throw new IllegalStateException(
                        "server exited: " + new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            try {
                if (Http.get("http://localhost:" + port + "/$/ping", "text/plain")
                                .statusCode()
                        == 200) return;
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("server did not start");
    }

    private static String firstWord(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }
}
