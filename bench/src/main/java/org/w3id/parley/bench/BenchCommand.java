package org.w3id.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.w3id.parley.ParleyException;
import org.w3id.parley.cli.DurationConverter;
import org.w3id.parley.cli.OntologyOption;
import org.w3id.parley.cli.ParleyCommand;
import org.w3id.parley.cli.Subcommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley bench}: the benchmark's own entry point, in its own jar ({@code bench/target/parley-bench.jar}); the
 * {@code parley} launcher runs it for {@code ./parley bench ...}.
 */
@Command(
        name = "parley bench",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark Parley side by side with Jena's tdb2.tdbloader, a plain Fuseki and Virtuoso on one synthetic corpus:",
            "ingest, the latency of every named query and analysis, throughput under concurrent clients, startup and heap;",
            "then one article added to a store of N articles and to an empty one, and disk use after reloading one file.",
            "Writes DIR/results.json and DIR/results.md and prints the Markdown. Virtuoso takes part when installed",
            "(apt-get install virtuoso-opensource); otherwise the report says it was skipped."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (a step could not run)", "2:usage error"})
public final class BenchCommand extends Subcommand {
    @Option(
            names = "--articles",
            defaultValue = "1000",
            paramLabel = "N",
            description = "Corpus size in articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(
            names = "--seed",
            defaultValue = "1",
            paramLabel = "S",
            description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--out",
            defaultValue = "${sys:parley.home:-.}/target/bench",
            paramLabel = "DIR",
            description =
                    "Work folder: corpus (reused when complete), stores, logs, results (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    OntologyOption ontology;

    @Option(
            names = "--systems",
            split = ",",
            defaultValue = "parley,tdb2,fuseki,virtuoso",
            paramLabel = "NAME",
            description = "Which systems take part: parley, parley-nocache (Parley's server without its result cache, "
                    + "to tell the cache from the rest), tdb2, fuseki, virtuoso (default: ${DEFAULT-VALUE}).")
    List<String> systems;

    @Option(
            names = "--warmup",
            defaultValue = "5",
            description = "Untimed runs of each query first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(
            names = "--runs",
            defaultValue = "50",
            description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(
            names = "--query-budget",
            defaultValue = "5s",
            converter = DurationConverter.class,
            description =
                    "The most time spent timing one query on one system; slow queries get fewer runs (default: ${DEFAULT-VALUE}).")
    Duration queryBudget;

    @Option(
            names = "--clients",
            defaultValue = "8",
            description = "Concurrent clients in the serving test (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(
            names = "--duration",
            defaultValue = "30s",
            converter = DurationConverter.class,
            description = "Length of each serving test (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(
            names = "--heap",
            defaultValue = "4g",
            description = "-Xmx of every JVM under test (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(
            names = "--timeout",
            defaultValue = "15s",
            converter = DurationConverter.class,
            description = "Query timeout of every server under test (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(
            names = "--sections",
            split = ",",
            defaultValue = "ingest,queries,growth,reloads",
            paramLabel = "PART",
            description = "Which parts run: ingest; queries (latency, serving, startup; loads the stores as the ingest "
                    + "does); growth (one article added to a store of N articles and to an empty one, by Parley's "
                    + "loader, a plain Fuseki and Virtuoso); reloads (disk use after reloading one file --reloads "
                    + "times) (default: ${DEFAULT-VALUE}).")
    List<String> sections;

    @Option(
            names = "--reloads",
            defaultValue = "100",
            paramLabel = "R",
            description = "How many times the reloads part reloads one article's file, edited each time; 0 skips it "
                    + "(default: ${DEFAULT-VALUE}).")
    int reloads;

    @Option(
            names = "--report-only",
            description = "Render DIR/results.md again from DIR/results.json; measure nothing.")
    boolean reportOnly;

    @Override
    public Integer call() throws IOException {
        if (reportOnly) {
            if (!Files.isRegularFile(out.resolve("results.json")))
                throw new ParleyException(
                        out.resolve("results.json") + ": no results to render; run parley bench first");
            out().print(Bench.rerender(out));
            return 0;
        }
        requireBetween("--articles", articles, 1, 100_000);
        if (runs < 1 || warmup < 0 || clients < 1)
            throw usageError("--runs and --clients must be at least 1, --warmup at least 0");
        if (!heap.matches("\\d+[kKmMgG]?")) throw usageError("--heap must be a JVM heap size such as 4g or 512m");
        if (reloads < 0) throw usageError("--reloads must be 0 or more");
        Set<String> parts = new LinkedHashSet<>(sections);
        for (String part : parts)
            if (!BenchSettings.SECTIONS.contains(part))
                throw usageError("--sections: unknown part '" + part + "'; choose from " + BenchSettings.SECTIONS);
        Set<String> chosen = new LinkedHashSet<>(systems);
        for (String system : chosen)
            if (!BenchSettings.SYSTEMS.contains(system))
                throw usageError("--systems: unknown system '" + system + "'; choose from " + BenchSettings.SYSTEMS);
        BenchSettings settings = new BenchSettings(
                articles,
                seed,
                out,
                ontology.folder(),
                chosen,
                warmup,
                runs,
                queryBudget,
                clients,
                duration,
                heap,
                timeout,
                parts,
                reloads);
        var err = err();
        String markdown = new Bench(settings, line -> {
                    err.println(line);
                    err.flush();
                })
                .run();
        out().print(markdown);
        out().println();
        out().println("Results: " + out.resolve("results.json") + " and " + out.resolve("results.md"));
        return 0;
    }

    public static void main(String[] args) {
        System.exit(ParleyCommand.configure(new CommandLine(new BenchCommand())).execute(args));
    }
}
