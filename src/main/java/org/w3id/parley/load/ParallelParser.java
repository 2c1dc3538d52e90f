package org.w3id.parley.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Parses the files of one load side by side, one file per processor at a time: files are independent until they
 * meet in the store, and parsing with every check on is most of a load's work before anything can be written.
 * Each file is parsed into memory of its own; the caller takes the results in the order the files were given,
 * and a failure is reported for the first failing file in that order, as a one-by-one parse would.
 */
final class ParallelParser {

    /** One parsed file: its quads and prefixes, what the parser counted, and the digest of its content once read. */
    record ParsedFile(
            Path path, List<Quad> quads, PrefixMap prefixes, SourceParser.Parsed parsed, String sha256AfterRead) {}

    static List<ParsedFile> parseAll(List<Path> files, Consumer<String> progress) {
        if (files.size() <= 1)
            return files.stream().map(f -> parse(f, progress)).toList();
        int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService parsers = Workers.start("parley-parse", threads);
        try {
            List<Future<ParsedFile>> pending = new ArrayList<>();
            for (Path file : files) pending.add(parsers.submit(() -> parse(file, progress)));
            List<ParsedFile> parsed = new ArrayList<>();
            for (Future<ParsedFile> file : pending) parsed.add(Workers.await(file, "Parsing"));
            return parsed;
        } finally {
            parsers.shutdownNow();
        }
    }

    private static ParsedFile parse(Path file, Consumer<String> progress) {
        List<Quad> quads = new ArrayList<>();
        PrefixMap prefixes = PrefixMapFactory.create();
        SourceParser.Parsed parsed = SourceParser.parseInto(file, quads::add, prefixes, progress);
        return new ParsedFile(file, quads, prefixes, parsed, Loader.sha256(file));
    }

    private ParallelParser() {}
}
