package org.w3id.parley.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.parley.ParleyException;
import org.w3id.parley.load.Loader;
import org.w3id.parley.publish.Paths;
import org.w3id.parley.publish.Paths.Endpoint;
import org.w3id.parley.serve.ParleyServer;
import org.w3id.parley.serve.ServeSettings;
import org.w3id.parley.store.AutoCompaction;
import org.w3id.parley.store.Compaction;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "serve",
        description = {
            "Load the ontology and the article's data into the store when it is empty or they changed,",
            "then serve SPARQL at /parley/sparql. Writing is possible only with --auth."
        })
final class ServeCommand extends Subcommand {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ServerOptions server;

    @Mixin
    OntologyOption ontology;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = ProjectFiles.DATA,
            description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Mixin
    ShapesOption shapes;

    @Mixin
    CompactAtOption compactAt;

    /** Updates leave dead space too, so a long-running server checks again now and then, not only at startup. */
    static final int COMPACTION_CHECK_MINUTES = 10;

    @Override
    public Integer call() {
        Running running = start();
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "parley-shutdown"));
        running.server().join();
        return 0;
    }

    /** A started server, the store it serves and what compacts it; closing stops all three. */
    record Running(FusekiServer server, DatasetGraph store, AutoCompaction compaction) implements AutoCloseable {
        @Override
        public void close() {
            server.stop();
            compaction.close();
            store.close();
        }
    }

    /** Loads if needed and starts the server; the caller owns the result. */
    Running start() {
        ServeSettings settings = server.settings();
        double compactAtFactor = compactAt.factor(this::usageError);
        DatasetGraph store = storeOptions.open();
        AutoCompaction compaction = null;
        try {
            loadIfChanged(store);
            compaction = new AutoCompaction(
                    store, compactAtFactor, Duration.ofMinutes(COMPACTION_CHECK_MINUTES), this::report);
            compaction.checkNow();
            FusekiServer fuseki = ParleyServer.build(store, settings);
            startOrExplain(fuseki, settings);
            printBanner(fuseki, settings);
            return new Running(fuseki, store, compaction);
        } catch (RuntimeException ex) {
            if (compaction != null) compaction.close();
            store.close();
            throw ex;
        }
    }

    private void report(String line) {
        PrintWriter out = out();
        out.println(line);
        out.flush();
    }

    private void loadIfChanged(DatasetGraph store) {
        PrintWriter out = out();
        List<Path> sources = List.of(ontology.folder(), data);
        Loader loader = shapes.loader(store, err());
        if (loader.isCurrent(sources)) {
            out.println("Serving " + storeOptions.describe() + ": it is up to date with " + ontology.folder() + " and "
                    + data + ".");
            return;
        }
        out.println("Loading " + ontology.folder() + " and " + data + " into " + storeOptions.describe() + " ...");
        out.println("Loaded: " + loader.load(sources).summary());
        out.flush();
        if (Compaction.isOnDisk(store)) Compaction.recordBaselineIfAbsent(store);
    }

    private void startOrExplain(FusekiServer server, ServeSettings settings) {
        try {
            server.start();
        } catch (RuntimeException ex) {
            for (Throwable cause = ex; cause != null; cause = cause.getCause())
                if (cause instanceof BindException)
                    throw new ParleyException(
                            "Port " + settings.port() + " on " + settings.host()
                                    + " is already in use; stop what holds it or choose another with --port.",
                            ex);
            throw ex;
        }
    }

    private void printBanner(FusekiServer server, ServeSettings settings) {
        String host = settings.host().equals("0.0.0.0") ? "localhost" : settings.host();
        String local = "http://" + host + ":" + server.getHttpPort();
        PrintWriter out = out();
        out.println("Parley is serving " + storeOptions.describe() + " at " + local + Paths.HOME);
        out.println("  Linked data    " + local + Paths.ID + "...   (IRIs under " + settings.base()
                + "; HTML, Turtle, JSON-LD, N-Triples, RDF/XML, TriG)");
        out.println("  Ontology       " + local + Paths.ONTOLOGY + "   Dataset " + local + Paths.DATASET_DESCRIPTION
                + "   Dumps " + local + Paths.DUMPS);
        out.println("  Queries        " + local + Paths.QUERIES + "   and as an API " + local + Endpoint.ANALYSIS.path()
                + "/");
        out.println("  SPARQL query   " + local + Endpoint.SPARQL.path() + "   (also " + Endpoint.QUERY.path()
                + "; GET or POST)");
        out.println("  Graph Store    " + local + Endpoint.GET.path() + "      (read)");
        out.println(
                settings.authFile().isEmpty()
                        ? "  Update         not served (start with --auth FILE to enable it)"
                        : "  Update         " + local + Endpoint.UPDATE.path() + "   and " + local
                                + Endpoint.DATA.path() + " (users in "
                                + settings.authFile().get() + ")");
        out.println("  Health         " + local + "/$/ping");
        out.println(
                "Queries are cancelled after " + settings.timeout().toMillis() / 1000.0 + " s. Press Ctrl-C to stop.");
        out.flush();
    }
}
