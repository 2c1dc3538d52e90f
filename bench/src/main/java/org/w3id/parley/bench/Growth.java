package org.w3id.parley.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateRequest;
import org.w3id.parley.ParleyException;

/**
 * One article added to a store of N articles and to an "empty" one (the ontology and the actors only): by Parley's
 * loader in a JVM of its own, as an analyst adds an article; by a running plain Fuseki taking the article's TriG on its
 * dataset (Graph Store Protocol); by a running Virtuoso taking the same quads as one SPARQL {@code INSERT DATA}. Each
 * peer's N-article store is loaded its usual way first: {@code tdb2.tdbloader} for Fuseki, the bulk loader for
 * Virtuoso (of Parley's store as exported, inferred graph included, as in the ingest).
 */
final class Growth {
    private final BenchSettings settings;
    private final Path dir;
    private final Path logs;
    private final Consumer<String> progress;
    private final Results results;
    private final ParleyCli parley;

    Growth(BenchSettings settings, Path dir, Path logs, Consumer<String> progress, Results results) {
        this.settings = settings;
        this.dir = dir;
        this.logs = logs;
        this.progress = progress;
        this.results = results;
        this.parley = new ParleyCli(settings, logs);
    }

    /** The two stores a system grows: what each holds before the article comes. */
    private record Bases(Path empty, Path full) {}

    /**
     * @param parleyBase a Parley store of the ontology and the N articles, left as it is (copied)
     * @param tdb2Base   a TDB2 store {@code tdb2.tdbloader} loaded with the same files, if this run has one
     * @param ontology   the ontology's files, {@code actors} the corpus's shared actors: the empty store's content
     * @param inputs     every file of the N-article corpus, for {@code tdb2.tdbloader} when there is no {@code tdb2Base}
     * @param article    the article added, alone in a TriG file
     * @param graphs     what the names of its graphs begin with, to check that a server took all of them
     */
    void run(
            Path parleyBase,
            Optional<Path> tdb2Base,
            List<Path> ontology,
            Path actors,
            List<Path> inputs,
            Path article,
            String graphs,
            long quads)
            throws IOException {
        List<String> names = graphNames(article, graphs);
        List<Path> emptyContent = new ArrayList<>(ontology);
        emptyContent.add(actors);
        Bases parleyStores = new Bases(dir.resolve("parley-empty"), dir.resolve("parley-full"));
        Bench.deleteTree(parleyStores.empty());
        progress.accept("Growth: the empty Parley store (ontology and actors) ...");
        parley.load("growth-parley-empty-base", parleyStores.empty(), emptyContent);
        Folders.copy(parleyBase, parleyStores.full());
        Optional<String> virtuosoMissing = Virtuoso.unavailable();
        boolean virtuoso = settings.includes("virtuoso") && virtuosoMissing.isEmpty();
        if (settings.includes("virtuoso") && virtuosoMissing.isPresent())
            results.skipped.add("virtuoso in the growth rows: " + virtuosoMissing.get());
        // Virtuoso gets what Parley's stores hold before the article comes, so its export precedes Parley's load
        Bases virtuosoLoads = new Bases(dir.resolve("virtuoso-empty-load"), dir.resolve("virtuoso-full-load"));
        if (virtuoso) {
            export(parleyStores.empty(), virtuosoLoads.empty(), "empty");
            export(parleyStores.full(), virtuosoLoads.full(), "full");
        }

        for (int n : List.of(0, settings.articles())) {
            Path store = n == 0 ? parleyStores.empty() : parleyStores.full();
            progress.accept("Growth: parley load of one article into " + describe(n) + " ...");
            JavaProcess.Run run =
                    parley.loadOnly("growth-parley-" + (n == 0 ? "empty" : "full"), store, List.of(article));
            results.growth.add(new Results.Growth(
                    "parley",
                    "parley load in its own JVM, start included",
                    n,
                    quads,
                    run.seconds(),
                    run.heap(),
                    run.maxRssMb()));
            progress.accept(String.format(Locale.ROOT, "  parley: %.2f s", run.seconds()));
        }

        if (settings.includes("fuseki")) {
            Bases tdb2 = new Bases(dir.resolve("tdb2-empty"), dir.resolve("tdb2-full"));
            tdb2Load("growth-tdb2-empty", tdb2.empty(), emptyContent);
            if (tdb2Base.isPresent()) Folders.copy(tdb2Base.get(), tdb2.full());
            else tdb2Load("growth-tdb2-full", tdb2.full(), inputs);
            byte[] trig = Files.readAllBytes(article);
            for (int n : List.of(0, settings.articles())) {
                int port = Bench.freePort();
                progress.accept("Growth: plain Fuseki takes the article's TriG into " + describe(n) + " ...");
                try (JavaServer fuseki = PlainFuseki.start(
                        "growth-fuseki-" + (n == 0 ? "empty" : "full"),
                        settings,
                        dir.resolve("fuseki-config.ttl"),
                        logs,
                        n == 0 ? tdb2.empty() : tdb2.full(),
                        port,
                        true)) {
                    Endpoint.Answer answer = fuseki.sparql().post(PlainFuseki.dataset(port), "application/trig", trig);
                    if (!answer.accepted())
                        throw new ParleyException(
                                "Fuseki refused the article (" + answer.status() + "): " + answer.text());
                    arrived(fuseki.sparql(), "Fuseki", names, quads);
                    add("fuseki", "Graph Store POST of the TriG to the running server's dataset", n, quads, answer);
                }
            }
        }

        if (virtuoso) {
            String insert = insertData(article);
            for (int n : List.of(0, settings.articles())) {
                Path load = n == 0 ? virtuosoLoads.empty() : virtuosoLoads.full();
                Virtuoso server = new Virtuoso(
                        dir.resolve("virtuoso-" + (n == 0 ? "empty" : "full") + "-db"),
                        Bench.freePort(),
                        Bench.freePort(),
                        load,
                        Bench.VIRTUOSO_BUFFERS,
                        settings.timeout());
                progress.accept(
                        "Growth: Virtuoso bulk-loads " + describe(n) + ", then takes the article by INSERT DATA ...");
                try {
                    server.start();
                    server.bulkLoad(load);
                    // its public endpoint answers as the SPARQL user, who may only read until granted this
                    server.sql("GRANT SPARQL_UPDATE TO \"SPARQL\";");
                    Endpoint.Answer answer = server.sparql().updateAsQuery(insert);
                    if (!answer.accepted())
                        throw new ParleyException(
                                "Virtuoso refused INSERT DATA (" + answer.status() + "): " + answer.text());
                    arrived(server.sparql(), "Virtuoso", names, quads);
                    add("virtuoso", "SPARQL Update INSERT DATA to the running server", n, quads, answer);
                } finally {
                    server.stop();
                }
            }
        }
    }

    /** The names of the graphs of {@code article} that begin with {@code prefix}. */
    static List<String> graphNames(Path article, String prefix) {
        Set<String> names = new TreeSet<>();
        RDFParser.source(article).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                if (quad.getGraph().isURI() && quad.getGraph().getURI().startsWith(prefix))
                    names.add(quad.getGraph().getURI());
            }
        });
        return List.copyOf(names);
    }

    private void add(String system, String how, int n, long quads, Endpoint.Answer answer) {
        double seconds = answer.nanos() / 1e9;
        results.growth.add(new Results.Growth(system, how, n, quads, seconds, Results.Heap.NONE, null));
        progress.accept(String.format(Locale.ROOT, "  %s: %.3f s", system, seconds));
    }

    /** A server that answered "done" must hold the quads too: counted after the clock stopped. */
    private static void arrived(Endpoint sparql, String system, List<String> graphs, long quads) {
        // the graphs by name: a filter on every graph's name scans the whole store, which Virtuoso times out on
        StringBuilder values = new StringBuilder();
        graphs.forEach(g -> values.append('<').append(g).append("> "));
        String count = "SELECT (COUNT(*) AS ?n) WHERE { VALUES ?g { " + values + "} GRAPH ?g { ?s ?p ?o } }";
        Endpoint.Answer answer = sparql.query(count);
        long held = answer.ok()
                ? ResultSetMgr.read(new ByteArrayInputStream(answer.body()), ResultSetLang.RS_JSON)
                        .next()
                        .getLiteral("n")
                        .getLong()
                : -1;
        if (held != quads)
            throw new ParleyException(system + " holds " + held + " quads of the article after taking it, not " + quads
                    + ": " + answer.text());
    }

    private void export(Path store, Path load, String name) throws IOException {
        Bench.deleteTree(load);
        Files.createDirectories(load);
        parley.export("growth-export-" + name, store, load.resolve("parley.nq"));
    }

    private void tdb2Load(String name, Path store, List<Path> files) throws IOException {
        Bench.deleteTree(store);
        List<String> args = new ArrayList<>(List.of("--loc", store.toString()));
        files.forEach(p -> args.add(p.toString()));
        progress.accept("Growth: tdb2.tdbloader for " + name + " ...");
        JavaProcess.timed(
                settings.heap(), logs.resolve(name + "-gc.log"), logs.resolve(name + ".log"), Bench.TDB2_LOADER, args);
    }

    /** The article's quads as one {@code INSERT DATA}, written by Jena so every literal is escaped as SPARQL wants. */
    static String insertData(Path article) {
        QuadDataAcc quads = new QuadDataAcc();
        RDFParser.source(article).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.addQuad(quad);
            }
        });
        return new UpdateRequest(new UpdateDataInsert(quads)).toString();
    }

    private String describe(int n) {
        return n == 0 ? "the empty store" : String.format(Locale.ROOT, "the store of %,d articles", n);
    }
}
