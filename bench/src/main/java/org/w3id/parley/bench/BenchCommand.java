package org.w3id.parley.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.w3id.parley.cli.DurationConverter;
import org.w3id.parley.cli.ProjectFiles;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parley bench}: the benchmark's own entry point, in its own jar ({@code bench/target/parley-bench.jar}); the
 * {@code parley} launcher runs it for {@code ./parley bench ...}.
 */
@Command(name = "parley bench", mixinStandardHelpOptions = true,
        description = {
            "Benchmark Parley side by side with Jena's tdb2.tdbloader, a plain Fuseki and Virtuoso on one synthetic corpus:",
            "ingest, the latency of every named query and analysis, throughput under concurrent clients, startup and heap.",
            "Writes DIR/results.json and DIR/results.md and prints the Markdown. Virtuoso takes part when installed",
            "(apt-get install virtuoso-opensource); otherwise the report says it was skipped."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (a step could not run)", "2:usage error"})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "1000", paramLabel = "N", description = "Corpus size in articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", defaultValue = "${sys:parley.home:-.}/target/bench", paramLabel = "DIR",
            description = "Work folder: corpus (reused when complete), stores, logs, results (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = ProjectFiles.ONTOLOGY, description = "Ontology folder (default: ${DEFAULT-VALUE}).")
    Path ontology;

    @Option(names = "--systems", split = ",", defaultValue = "parley,tdb2,fuseki,virtuoso", paramLabel = "NAME",
            description = "Which systems take part: parley, parley-nocache (Parley's server without its result cache, "
                    + "to tell the cache from the rest), tdb2, fuseki, virtuoso (default: ${DEFAULT-VALUE}).")
    List<String> systems;

    @Option(names = "--warmup", defaultValue = "5", description = "Untimed runs of each query first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", defaultValue = "50", description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--query-budget", defaultValue = "5s", converter = DurationConverter.class,
            description = "The most time spent timing one query on one system; slow queries get fewer runs (default: ${DEFAULT-VALUE}).")
    Duration queryBudget;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients in the serving test (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--duration", defaultValue = "30s", converter = DurationConverter.class,
            description = "Length of each serving test (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--heap", defaultValue = "4g", description = "-Xmx of every JVM under test (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--timeout", defaultValue = "15s", converter = DurationConverter.class,
            description = "Query timeout of every server under test (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--report-only", description = "Render DIR/results.md again from DIR/results.json; measure nothing.")
    boolean reportOnly;

    @Override
    public Integer call() throws IOException {
        if (reportOnly) {
            if (!java.nio.file.Files.isRegularFile(out.resolve("results.json")))
                throw new BenchException(out.resolve("results.json") + ": no results to render; run parley bench first");
            spec.commandLine().getOut().print(Bench.rerender(out));
            return 0;
        }
        if (articles < 1 || articles > 100_000)
            throw new ParameterException(spec.commandLine(), "--articles must be between 1 and 100000");
        if (runs < 1 || warmup < 0 || clients < 1)
            throw new ParameterException(spec.commandLine(), "--runs and --clients must be at least 1, --warmup at least 0");
        if (!heap.matches("\\d+[kKmMgG]?"))
            throw new ParameterException(spec.commandLine(), "--heap must be a JVM heap size such as 4g or 512m");
        Set<String> chosen = new LinkedHashSet<>(systems);
        for (String system : chosen)
            if (!BenchSettings.SYSTEMS.contains(system))
                throw new ParameterException(spec.commandLine(), "--systems: unknown system '" + system + "'; choose from " + BenchSettings.SYSTEMS);
        BenchSettings settings = new BenchSettings(articles, seed, out, ontology, chosen, warmup, runs, queryBudget, clients,
                duration, heap, timeout);
        var err = spec.commandLine().getErr();
        String markdown = new Bench(settings, line -> {
            err.println(line);
            err.flush();
        }).run();
        spec.commandLine().getOut().print(markdown);
        spec.commandLine().getOut().println();
        spec.commandLine().getOut().println("Results: " + out.resolve("results.json") + " and " + out.resolve("results.md"));
        return 0;
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setExecutionExceptionHandler(BenchCommand::failure);
        System.exit(cli.execute(args));
    }

    /** A step that could not run, or a file problem, gets one clear message and exit 1; anything else is a bug. */
    private static int failure(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (ex instanceof BenchException || ex instanceof IOException || ex instanceof java.io.UncheckedIOException)
            err.println(cli.getCommandName() + ": " + ex.getMessage());
        else
            ex.printStackTrace(err);
        err.flush();
        return 1;
    }
}
