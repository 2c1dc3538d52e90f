package org.w3id.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.w3id.parley.ParleyException;
import org.w3id.parley.generate.CorpusGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "generate",
        description = {
            "Write a deterministic synthetic corpus in Parley's model, for load and query benchmarks:",
            "a shared actors file and TriG files of articles, each with its text, entities and anchored claims.",
            "The same --articles and --seed always give byte-identical files."
        })
final class GenerateCommand extends Subcommand {
    private static final int MAX_ARTICLES = 100_000;

    @Option(names = "--articles", required = true, paramLabel = "N", description = "How many articles (1 to 100000).")
    int articles;

    @Option(
            names = "--seed",
            defaultValue = "1",
            paramLabel = "S",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Folder to write into; created if missing, refused unless empty.")
    Path out;

    @Override
    public Integer call() throws IOException {
        requireBetween("--articles", articles, 1, MAX_ARTICLES);
        requireEmpty(out);
        Files.createDirectories(out);
        CorpusGenerator.Summary summary = new CorpusGenerator(seed, err()::println).generate(articles, out);
        out().println(String.format(
                Locale.ROOT,
                "Generated %,d %s: %,d files, %,d quads in %s",
                summary.articles(),
                summary.articles() == 1 ? "article" : "articles",
                summary.files(),
                summary.quads(),
                out));
        return 0;
    }

    /** Never mixes a new corpus into old files: a stale file would be loaded alongside it. */
    private static void requireEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        if (!Files.isDirectory(dir)) throw new ParleyException(dir + ": --out exists and is not a directory");
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent())
                throw new ParleyException(dir + ": --out is not empty; give a new or empty directory");
        }
    }
}
