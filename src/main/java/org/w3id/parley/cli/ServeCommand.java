package org.w3id.parley.cli;

import org.w3id.parley.ParleyException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.parley.load.Loader;
import org.w3id.parley.publish.Paths;
import org.w3id.parley.publish.Paths.Endpoint;
import org.w3id.parley.serve.ParleyServer;
import org.w3id.parley.serve.ServeSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve",
        description = {
            "Load the ontology and the article's data into the store when it is empty or they changed,",
            "then serve SPARQL at /parley/sparql. Writing is possible only with --auth."
        })
final class ServeCommand extends Subcommand {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "localhost",
            description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--timeout", defaultValue = "10s", converter = DurationConverter.class,
            description = "Cancel any query running longer than this (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--max-request-mb", defaultValue = "8", paramLabel = "MB",
            description = "Refuse request bodies larger than this many MiB with 413 (default: ${DEFAULT-VALUE}).")
    long maxRequestMb;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = ServeSettings.DEFAULT_BASE,
            description = "The IRIs this server answers for at the same paths: BASE + id/x is served at /id/x (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--cache-mb", defaultValue = "256", paramLabel = "MB",
            description = "Memory for answers to repeated SPARQL queries, kept until the store changes; 0 turns it off (default: ${DEFAULT-VALUE}).")
    long cacheMb;

    @Option(names = "--auth", paramLabel = "FILE",
            description = "Password file (Jetty format, one 'user: password' per line). Enables SPARQL Update at /parley/update and Graph Store write at /parley/data for those users.")
    Path authFile;

    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = ProjectFiles.ONTOLOGY, description = "Ontology folder (default: ${DEFAULT-VALUE}).")
    Path ontology;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = ProjectFiles.DATA, description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Mixin
    ShapesOption shapes;

    @Override
    public Integer call() {
        Running running = start();
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "parley-shutdown"));
        running.server().join();
        return 0;
    }

    /** A started server and the store it serves; closing stops both. */
    record Running(FusekiServer server, DatasetGraph store) implements AutoCloseable {
        @Override
        public void close() {
            server.stop();
            store.close();
        }
    }

    /** Loads if needed and starts the server; the caller owns the result. */
    Running start() {
        requireBetween("--max-request-mb", maxRequestMb, 1, 1024);
        if (!base.matches("https?://[^\\s<>\"{}|\\\\^`]+/"))
            throw usageError("--base must be an http(s) IRI ending in '/', e.g. " + ServeSettings.DEFAULT_BASE);
        requireBetween("--cache-mb", cacheMb, 0, 65536);
        if (authFile != null && !Files.isReadable(authFile))
            throw new ParleyException(authFile + ": no such password file");
        DatasetGraph store = storeOptions.open();
        try {
            loadIfChanged(store);
            FusekiServer server = ParleyServer.build(store, new ServeSettings(host, port, timeout, Optional.ofNullable(authFile), maxRequestMb << 20, base, cacheMb << 20));
            startOrExplain(server);
            printBanner(server);
            return new Running(server, store);
        } catch (RuntimeException ex) {
            store.close();
            throw ex;
        }
    }

    private void loadIfChanged(DatasetGraph store) {
        PrintWriter out = out();
        List<Path> sources = List.of(ontology, data);
        Loader loader = shapes.loader(store, err());
        if (loader.isCurrent(sources)) {
            out.println("Serving " + storeOptions.describe() + ": it is up to date with " + ontology + " and " + data + ".");
            return;
        }
        out.println("Loading " + ontology + " and " + data + " into " + storeOptions.describe() + " ...");
        out.println("Loaded: " + loader.load(sources).summary());
        out.flush();
    }

    private void startOrExplain(FusekiServer server) {
        try {
            server.start();
        } catch (RuntimeException ex) {
            for (Throwable cause = ex; cause != null; cause = cause.getCause())
                if (cause instanceof BindException)
                    throw new ParleyException("Port " + port + " on " + host + " is already in use; stop what holds it or choose another with --port.", ex);
            throw ex;
        }
    }

    private void printBanner(FusekiServer server) {
        String local = "http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + server.getHttpPort();
        PrintWriter out = out();
        out.println("Parley is serving " + storeOptions.describe() + " at " + local + Paths.HOME);
        out.println("  Linked data    " + local + Paths.ID + "...   (IRIs under " + base + "; HTML, Turtle, JSON-LD, N-Triples, RDF/XML, TriG)");
        out.println("  Ontology       " + local + Paths.ONTOLOGY + "   Dataset " + local + Paths.DATASET_DESCRIPTION
                + "   Dumps " + local + Paths.DUMPS);
        out.println("  Queries        " + local + Paths.QUERIES + "   and as an API " + local + Endpoint.ANALYSIS.path() + "/");
        out.println("  SPARQL query   " + local + Endpoint.SPARQL.path() + "   (also " + Endpoint.QUERY.path() + "; GET or POST)");
        out.println("  Graph Store    " + local + Endpoint.GET.path() + "      (read)");
        out.println(authFile == null
                ? "  Update         not served (start with --auth FILE to enable it)"
                : "  Update         " + local + Endpoint.UPDATE.path() + "   and " + local + Endpoint.DATA.path() + " (users in " + authFile + ")");
        out.println("  Health         " + local + "/$/ping");
        out.println("Queries are cancelled after " + timeout.toMillis() / 1000.0 + " s. Press Ctrl-C to stop.");
        out.flush();
    }
}
