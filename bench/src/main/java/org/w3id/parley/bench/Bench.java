package org.w3id.parley.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;
import org.w3id.parley.cli.ParleyCommand;
import org.w3id.parley.generate.CorpusGenerator;
import org.w3id.parley.query.NamedQueries;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.sparql.SparqlFile;

import tdb2.tdbloader;

/**
 * The side-by-side benchmark: one synthetic corpus, loaded by Parley, by Jena's {@code tdb2.tdbloader} and by
 * Virtuoso's bulk loader; then every named query and analysis timed on Parley's server, a plain Fuseki over
 * the same TDB2 files, and Virtuoso over the same quads; then concurrent clients on the servers.
 */
public final class Bench {
    static final String PARLEY_MAIN = ParleyCommand.class.getName();
    static final String TDB2_LOADER = tdbloader.class.getName();
    private static final String BASE = "https://w3id.org/parley/";
    /** Virtuoso's page buffers (8 KiB each, about 2.6 GiB): enough to hold a 10,000-article store. */
    static final long VIRTUOSO_BUFFERS = 340_000;
    /**
     * Analyses that are usually asked about one item (their header gives an example): besides the whole corpus at once,
     * each is also timed for one, the parameter taken from the first resource (in IRI order) of the class named here.
     */
    private static final Map<String, Call> ALSO_CALLED_WITH = Map.of(
            "chains", new Call("item", "parley:Concession"),
            "moscow-agenda", new Call("concession", "parley:Concession"),
            "what-if", new Call("concession", "parley:Concession"),
            // a government holds stances in every article its state is a party to, across sources and dates
            "position-history", new Call("actor", "parley:Government"));

    /** An analysis asked about one item: the parameter, bound to the first resource of a class. */
    private record Call(String parameter, String type) {}

    private final BenchSettings settings;
    private final Consumer<String> progress;
    private final Results results = new Results();
    private final Path work;
    private final Path logs;

    public Bench(BenchSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
        this.work = settings.work().toAbsolutePath();
        this.logs = work.resolve("logs");
    }

    /** Renders {@code results.md} again from {@code results.json} in {@code work}, without measuring; returns the Markdown. */
    public static String rerender(Path work) throws IOException {
        String markdown = new Report(Report.read(Files.readString(work.resolve("results.json")))).markdown();
        Files.writeString(work.resolve("results.md"), markdown);
        return markdown;
    }

    /** Runs everything and writes {@code results.json} and {@code results.md}; returns the Markdown. */
    public String run() throws IOException {
        Files.createDirectories(logs);
        results.machine = Machine.describe();
        results.settings.put("articles", settings.articles());
        results.settings.put("seed", settings.seed());
        results.settings.put("warmup", settings.warmup());
        results.settings.put("runs", settings.runs());
        results.settings.put("queryBudgetSeconds", settings.queryBudget().toSeconds());
        results.settings.put("clients", settings.clients());
        results.settings.put("durationSeconds", settings.duration().toSeconds());
        results.settings.put("heap", settings.heap());
        results.settings.put("timeoutSeconds", settings.timeout().toSeconds());

        results.settings.put("sections", String.join(",", settings.sections()));
        results.settings.put("reloads", settings.reloads());

        Path corpus = corpus(settings.articles());
        List<Path> inputs = inputs(corpus);
        long inputQuads = count(inputs);
        progress.accept("Corpus: " + settings.articles() + " articles, " + inputQuads + " quads with the ontology");

        Path parleyStore = work.resolve("parley-store");
        Path tdb2Store = work.resolve("tdb2-store");
        boolean queries = settings.has("queries");
        boolean parley = settings.includes("parley")
                || settings.includes("parley-nocache")
                || settings.includes("fuseki")
                || settings.includes("virtuoso");
        boolean parleyLoaded = false;
        boolean tdb2Loaded = false;
        // the servers are asked over the stores the ingest builds, so asking them means building them
        if (settings.has("ingest") || queries) {
            if (parley) {
                ingestParley(corpus, parleyStore, inputQuads);
                parleyLoaded = true;
            }
            if (settings.includes("tdb2")) {
                ingestTdb2(tdb2Store, inputs, inputQuads);
                tdb2Loaded = true;
            }
            Optional<Virtuoso> virtuoso = settings.includes("virtuoso") ? virtuoso(parleyStore) : Optional.empty();
            try {
                if (queries) measureServers(parleyStore, corpus, virtuoso);
            } finally {
                // Virtuoso daemonises: a failure on the way must not leave it running
                virtuoso.ifPresent(Virtuoso::stop);
            }
        }
        if (settings.has("growth") || (settings.has("reloads") && settings.reloads() > 0))
            grow(
                    corpus,
                    inputs,
                    parleyLoaded ? Optional.of(parleyStore) : Optional.empty(),
                    tdb2Loaded ? Optional.of(tdb2Store) : Optional.empty());
        Report report = new Report(results);
        Files.writeString(work.resolve("results.json"), report.json());
        String markdown = report.markdown();
        Files.writeString(work.resolve("results.md"), markdown);
        return markdown;
    }

    private void measureServers(Path parleyStore, Path corpus, Optional<Virtuoso> virtuoso) throws IOException {
        for (String system : List.of("parley", "parley-nocache")) {
            if (!settings.includes(system)) continue;
            try (Server server = parleyServer(system, parleyStore, corpus)) {
                measure(server);
            }
        }
        if (settings.includes("fuseki")) {
            try (Server server = plainFuseki(parleyStore)) {
                measure(server);
            }
        }
        if (virtuoso.isPresent()) measure(virtuoso.get());
    }

    /**
     * The store growing by one article, and one file reloaded over and over. The article is the last of the corpus one
     * article larger, so the N-article store holds exactly this run's corpus; Parley's N-article store is the
     * ingest's when this run loaded one, and is loaded here otherwise.
     */
    private void grow(Path corpus, List<Path> inputs, Optional<Path> parleyStore, Optional<Path> tdb2Store)
            throws IOException {
        Path dir = work.resolve("growth");
        deleteTree(dir);
        Files.createDirectories(dir);
        LastArticle last = LastArticle.of(corpus(settings.articles() + 1), settings.articles());
        Path article = dir.resolve(String.format(Locale.ROOT, "article-%06d.trig", settings.articles()));
        last.write(article);
        List<Path> baseFiles = List.of(settings.ontology().toAbsolutePath(), corpus);
        Path base = parleyStore.orElse(dir.resolve("parley-base"));
        if (parleyStore.isEmpty()) {
            progress.accept("Growth: loading the " + settings.articles() + "-article Parley store ...");
            new ParleyCli(settings, logs).load("growth-parley-base", base, baseFiles);
        }
        if (settings.has("growth")) {
            // the corpus is TriG only, so its Turtle inputs are the ontology's
            List<Path> ontology = inputs.stream()
                    .filter(p -> p.toString().endsWith(".ttl"))
                    .map(Path::toAbsolutePath)
                    .toList();
            new Growth(settings, dir, logs, progress, results)
                    .run(
                            base,
                            tdb2Store,
                            ontology,
                            corpus.resolve("actors.trig"),
                            inputs,
                            article,
                            LastArticle.graphPrefix(settings.articles()),
                            last.quads());
        }
        if (settings.has("reloads") && settings.reloads() > 0) {
            progress.accept("Reloads: one article's file, " + settings.reloads() + " times ...");
            results.reloads = new Reloads(settings, dir, logs, progress).run(base, baseFiles, last);
        }
    }

    private Path corpus(int articles) throws IOException {
        Path corpus = work.resolve("corpus-" + articles + "-" + settings.seed());
        if (Files.isRegularFile(corpus.resolve("COMPLETE"))) {
            progress.accept("Reusing the corpus in " + corpus);
            return corpus;
        }
        deleteTree(corpus);
        progress.accept("Generating " + articles + " articles into " + corpus + " ...");
        new CorpusGenerator(settings.seed(), progress).generate(articles, corpus);
        Files.writeString(corpus.resolve("COMPLETE"), "");
        return corpus;
    }

    /** The files every loader reads: the ontology's Turtle files and the corpus's TriG files. */
    private List<Path> inputs(Path corpus) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> ontology = Files.list(settings.ontology());
                Stream<Path> data = Files.walk(corpus)) {
            ontology.filter(p -> p.toString().endsWith(".ttl")).sorted().forEach(files::add);
            data.filter(p -> p.toString().endsWith(".trig")).sorted().forEach(files::add);
        }
        return files;
    }

    private static long count(List<Path> files) {
        long quads = 0;
        for (Path file : files) {
            StreamRDFCounting counter = StreamRDFLib.count();
            RDFParser.source(file).parse(counter);
            quads += counter.count();
        }
        return quads;
    }

    private void ingestParley(Path corpus, Path store, long quads) throws IOException {
        deleteTree(store);
        progress.accept("Ingest: parley load (parse, validate, infer, write) ...");
        Path gc = logs.resolve("parley-load-gc.log");
        Path out = logs.resolve("parley-load.log");
        long start = System.nanoTime();
        JavaProcess.run(
                JavaProcess.builder(
                        settings.heap(),
                        gc,
                        out,
                        PARLEY_MAIN,
                        List.of(
                                "load",
                                "--store",
                                store.toString(),
                                settings.ontology().toAbsolutePath().toString(),
                                corpus.toString())),
                out);
        double seconds = (System.nanoTime() - start) / 1e9;
        results.ingest.add(new Results.Ingest(
                "parley", "load: parse + SHACL + inference + write", quads, seconds, JavaProcess.heap(gc)));
        progress.accept(String.format("  parley: %.1f s, %,.0f quads/s", seconds, quads / seconds));
    }

    private void ingestTdb2(Path store, List<Path> inputs, long quads) throws IOException {
        deleteTree(store);
        progress.accept("Ingest: tdb2.tdbloader ...");
        Path gc = logs.resolve("tdb2-load-gc.log");
        Path out = logs.resolve("tdb2-load.log");
        List<String> args = new ArrayList<>(List.of("--loc", store.toString()));
        inputs.forEach(p -> args.add(p.toString()));
        long start = System.nanoTime();
        JavaProcess.run(JavaProcess.builder(settings.heap(), gc, out, TDB2_LOADER, args), out);
        double seconds = (System.nanoTime() - start) / 1e9;
        results.ingest.add(new Results.Ingest("tdb2.tdbloader", "parse + write", quads, seconds, JavaProcess.heap(gc)));
        progress.accept(String.format("  tdb2.tdbloader: %.1f s, %,.0f quads/s", seconds, quads / seconds));
    }

    /** Virtuoso loads what Parley's store holds (the corpus and the inferred graph), so the queries see the same quads. */
    private Optional<Virtuoso> virtuoso(Path parleyStore) throws IOException {
        Optional<String> unavailable = Virtuoso.unavailable();
        if (unavailable.isPresent()) {
            results.skipped.add("virtuoso: " + unavailable.get());
            progress.accept("Skipping Virtuoso: " + unavailable.get());
            return Optional.empty();
        }
        Path load = work.resolve("virtuoso-load");
        deleteTree(load);
        Files.createDirectories(load);
        Path nquads = load.resolve("parley.nq");
        Path out = logs.resolve("parley-export.log");
        JavaProcess.run(
                JavaProcess.builder(
                        settings.heap(),
                        logs.resolve("parley-export-gc.log"),
                        out,
                        PARLEY_MAIN,
                        List.of(
                                "export",
                                "--store",
                                parleyStore.toString(),
                                "--format",
                                "nq",
                                "--out",
                                nquads.toString())),
                out);
        long quads;
        try (Stream<String> lines = Files.lines(nquads)) {
            quads = lines.filter(l -> !l.isBlank()).count();
        }
        Path dir = work.resolve("virtuoso-db");
        deleteTree(dir);
        Virtuoso virtuoso = new Virtuoso(dir, freePort(), freePort(), load, VIRTUOSO_BUFFERS, settings.timeout());
        progress.accept("Ingest: Virtuoso bulk loader (ld_dir, rdf_loader_run, checkpoint) ...");
        virtuoso.start();
        long start = System.nanoTime();
        virtuoso.bulkLoad(load);
        double seconds = (System.nanoTime() - start) / 1e9;
        results.ingest.add(new Results.Ingest(
                "virtuoso", "bulk load of the same quads as Parley's store", quads, seconds, Results.Heap.NONE));
        progress.accept(String.format("  virtuoso: %.1f s, %,.0f quads/s", seconds, quads / seconds));
        virtuoso.stop();
        virtuoso.start(); // timed again, now on the loaded database, like the other servers
        return Optional.of(virtuoso);
    }

    /** Parley's server as it ships ("parley"), or with its result cache off ("parley-nocache"), so the engine is timed alone. */
    private Server parleyServer(String system, Path store, Path corpus) throws IOException {
        int port = freePort();
        progress.accept(
                "Starting Parley's server" + (system.equals("parley") ? "" : " without its result cache") + " ...");
        List<String> args = new ArrayList<>(List.of(
                "serve",
                "--store",
                store.toString(),
                "--ontology",
                settings.ontology().toAbsolutePath().toString(),
                "--data",
                corpus.toString(),
                "--port",
                Integer.toString(port),
                "--timeout",
                settings.timeout().toSeconds() + "s"));
        if (!system.equals("parley")) args.addAll(List.of("--cache-mb", "0"));
        return JavaServer.start(
                system,
                settings.heap(),
                logs,
                PARLEY_MAIN,
                args,
                "http://localhost:" + port + "/parley/sparql",
                Optional.of("http://localhost:" + port + "/"),
                settings.timeout());
    }

    /** Jena's own Fuseki on the same TDB2 files, configured only with the union default graph and the same timeout. */
    private Server plainFuseki(Path store) throws IOException {
        progress.accept("Starting a plain Fuseki on the same store ...");
        return PlainFuseki.start("fuseki", settings, work.resolve("fuseki-config.ttl"), logs, store, freePort(), false);
    }

    /** What every server is asked, chosen from the corpus by the first server that answers. */
    private record Targets(String actor, List<SparqlFile> queries) {}

    private Targets targets;

    /** Every named query over the whole corpus, and the analyses of {@link #ALSO_CALLED_WITH} also for one item. */
    private Targets targets(Endpoint sparql) {
        if (targets == null) {
            List<SparqlFile> queries = new ArrayList<>();
            Map<String, String> firstOfType = new HashMap<>();
            Set<String> bound = new LinkedHashSet<>();
            for (SparqlFile query : NamedQueries.all().values()) {
                queries.add(query);
                Call call = ALSO_CALLED_WITH.get(query.name());
                if (call == null) continue;
                String value =
                        "<" + firstOfType.computeIfAbsent(call.type(), type -> Measure.first(sparql, type)) + ">";
                // bound as the product binds a parameter, checked against the data the endpoint serves
                String text = QueryRunner.remote(sparql.url())
                        .bind(QueryRunner.parse(query), Map.of(call.parameter(), value))
                        .toString();
                queries.add(new SparqlFile(query.name() + " · " + call.parameter(), text, query.header()));
                bound.add(call.parameter() + " = " + value);
            }
            results.settings.put("bound", "\"· parameter\" rows are for one item: " + String.join(", ", bound));
            targets = new Targets(Measure.first(sparql, "parley:State"), queries);
        }
        return targets;
    }

    private void measure(Server server) {
        Targets targets = targets(server.sparql());
        List<SparqlFile> queries = targets.queries();
        String actor = targets.actor();
        Measure measure = new Measure(settings, progress);
        for (SparqlFile query : queries) results.latency.add(measure.latency(server, query));
        String lookup = "SELECT ?p ?o WHERE { <" + actor + "> ?p ?o }";
        results.throughput.add(measure.throughput(
                server,
                "sparql: the statements of one actor",
                () -> server.sparql().query(lookup)));
        server.page().ifPresent(home -> {
            String page = home + actor.substring(BASE.length());
            results.throughput.add(measure.throughput(
                    server, "page: one actor's HTML page", () -> server.sparql().get(page, "text/html")));
        });
        results.startup.add(new Results.Startup(server.name(), server.startupSeconds(), server.stop()));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(path);
        }
    }
}
