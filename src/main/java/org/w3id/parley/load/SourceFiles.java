package org.w3id.parley.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.w3id.parley.ParleyException;

/**
 * Expands the paths given on the command line into the RDF files to load: files as given, folders
 * searched recursively for files in a syntax Parley reads (other files, such as the article text, are
 * skipped), in a stable order.
 */
public final class SourceFiles {

    /**
     * Syntaxes that are read without any network access. JSON-LD is left out on purpose: a remote
     * {@code @context} would be fetched while parsing.
     */
    private static final List<Lang> READABLE = List.of(Lang.TURTLE, Lang.TRIG, Lang.NTRIPLES, Lang.NQUADS, Lang.RDFXML);

    public static List<Path> expand(List<Path> paths) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) files.addAll(rdfFilesUnder(path));
            else if (Files.isRegularFile(path)) {
                requireReadableSyntax(path);
                files.add(path);
            } else throw new ParleyException(path + ": no such file or directory");
        }
        return new ArrayList<>(files);
    }

    /** The syntax its name says ({@code .gz} after it means gzip-compressed). */
    public static Lang syntaxOf(Path file) {
        return RDFLanguages.filenameToLang(file.getFileName().toString());
    }

    /** The file's content, decompressed when its name says so ({@code .gz}, {@code .bz2}, {@code .sz}), as Jena names
     * them, and then bounded by {@link InputLimits#MAX_EXPANSION}. */
    static InputStream open(Path file) throws IOException {
        InputStream in = IO.openFileEx(file.toString());
        String name = file.getFileName().toString();
        if (name.endsWith(".gz") || name.endsWith(".bz2") || name.endsWith(".sz"))
            in = InputLimits.boundedExpansion(file, Files.size(file), in);
        return new BufferedInputStream(in, 1 << 16);
    }

    private static List<Path> rdfFilesUnder(Path dir) {
        // Symbolic links are followed, so a loop among them is reported rather than walked forever.
        try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(Files::isRegularFile)
                    .filter(SourceFiles::isReadableSyntax)
                    .sorted()
                    .toList();
        } catch (UncheckedIOException ex) {
            if (ex.getCause() instanceof FileSystemLoopException loop)
                throw new ParleyException(loop.getFile() + ": symbolic link loop; nothing was loaded");
            throw new ParleyException(dir + ": cannot list: " + ex.getCause().getMessage(), ex);
        } catch (IOException ex) {
            throw new ParleyException(dir + ": cannot list: " + ex.getMessage(), ex);
        }
    }

    private static boolean isReadableSyntax(Path file) {
        Lang lang = syntaxOf(file);
        return lang != null && READABLE.contains(lang);
    }

    private static void requireReadableSyntax(Path file) {
        Lang lang = syntaxOf(file);
        if (!isReadableSyntax(file))
            throw new ParleyException(file + ": not a file Parley reads (use .ttl, .trig, .nt, .nq or .rdf"
                    + (Lang.JSONLD.equals(lang) ? "; JSON-LD input could fetch a remote @context" : "") + ")");
    }

    private SourceFiles() {}
}
