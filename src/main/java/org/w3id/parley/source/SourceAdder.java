package org.w3id.parley.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.parley.ParleyException;
import org.w3id.parley.Sha256;
import org.w3id.parley.load.SourceText;
import org.w3id.parley.load.TextFormat;
import org.w3id.parley.vocab.ParleyId;

/**
 * {@code parley source add}: checks a new source against what a data folder describes, copies its text into
 * {@code data/sources/} and writes its description to {@code data/<slug>/source.trig}. Everything is checked before
 * anything is written, so a refusal leaves the folder as it was.
 */
public final class SourceAdder {

    /** What was written: the description, the text file (and whether it was copied there), the minted IRIs. */
    public record Added(
            Path description,
            Path text,
            boolean copied,
            String source,
            String textResource,
            TextFormat format,
            long codePoints,
            List<Named> authors,
            Named publisher) {}

    private final Path data;

    public SourceAdder(Path data) {
        this.data = data;
    }

    public Added add(NewSource source) {
        Path file = source.file();
        if (!Files.isRegularFile(file)) throw new ParleyException(file + ": no such file");
        TextFormat format = TextFormat.ofFileName(file)
                .orElseThrow(() -> new ParleyException(file + ": Parley reads sources named .txt (text/plain), .md or"
                        + " .markdown (text/markdown, not rendered) and .html or .htm (text/html)"));
        SourceText text = SourceText.read(file, format);
        DescribedSources described = DescribedSources.under(data);
        described.describingUrl(source.url()).ifPresent(d -> {
            throw new ParleyException(
                    source.url() + " is described already, in " + d + "; add claims to that source instead");
        });
        described.describingText(text.sha256()).ifPresent(d -> {
            throw new ParleyException(file + " has the same bytes as a text described already, in " + d
                    + "; add claims to that source instead");
        });
        Path sources = data.resolve("sources");
        Path target = inData(file) ? file : sources.resolve(file.getFileName().toString());
        boolean copy = !inData(file) && !sameBytesAt(target, text.sha256());

        String slug = Slugs.free(
                baseSlug(source),
                s -> described.uses(ParleyId.NS + "source/" + s)
                        || described.uses(ParleyId.NS + "text/" + s)
                        || described.uses(ParleyId.GRAPHS + "source/" + s)
                        || Files.exists(data.resolve(s)));
        Path description = data.resolve(slug).resolve("source.trig");
        Set<String> minted = new HashSet<>();
        List<Named> authors = new ArrayList<>();
        for (String name : source.authors()) authors.add(named(name, "actor/", described::person, described, minted));
        Named publisher = named(source.publisher(), "organization/", described::organization, described, minted);
        String textFile = relative(description.getParent(), target);
        String trig = SourceDescription.trig(
                source, slug, authors, publisher, format, textFile, "data/" + relative(data, target));
        requireParses(trig, description);

        write(file, target, copy, description, trig);
        return new Added(
                description,
                target,
                copy,
                ParleyId.NS + "source/" + slug,
                ParleyId.NS + "text/" + slug,
                format,
                text.chars().codePoints().count(),
                authors,
                publisher);
    }

    /** From the title; from the address when the title has no letters a slug can keep (a title in another script). */
    private static String baseSlug(NewSource source) {
        String slug = Slugs.of(source.title());
        if (slug.isEmpty()) slug = Slugs.of(source.url().replaceFirst("^https?://(www\\.)?", ""));
        return slug.isEmpty() ? "source" : slug;
    }

    /** The person or organisation labelled {@code label} in the data, or a new IRI for one. */
    private Named named(
            String label,
            String prefix,
            Function<String, Optional<DescribedSources.Found>> existing,
            DescribedSources described,
            Set<String> minted) {
        Optional<DescribedSources.Found> found = existing.apply(label);
        if (found.isPresent() && found.get().iri().startsWith(ParleyId.NS))
            return new Named(
                    found.get().iri().substring(ParleyId.NS.length()),
                    label,
                    "data/" + relative(data, found.get().file()));
        String base = Slugs.of(label).isEmpty() ? prefix.replace("/", "") : Slugs.of(label);
        String slug = Slugs.free(base, s -> described.uses(ParleyId.NS + prefix + s) || minted.contains(prefix + s));
        minted.add(prefix + slug);
        return new Named(prefix + slug, label, null);
    }

    private boolean inData(Path file) {
        try {
            return file.toRealPath().startsWith(data.toRealPath());
        } catch (IOException ex) {
            return false;
        }
    }

    /** Whether {@code target} holds these bytes already; a different file of the same name is refused. */
    private static boolean sameBytesAt(Path target, String sha256) {
        if (!Files.exists(target)) return false;
        try (InputStream in = Files.newInputStream(target)) {
            if (Sha256.of(in).equals(sha256)) return true;
        } catch (IOException ex) {
            throw new ParleyException(target + ": cannot read: " + ex.getMessage(), ex);
        }
        throw new ParleyException(target + " exists and is a different file; rename the new one, or remove the old one"
                + " if nothing describes it");
    }

    private static String relative(Path folder, Path file) {
        Path relative = folder.toAbsolutePath()
                .normalize()
                .relativize(file.toAbsolutePath().normalize());
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }

    /** A bug here must not leave a file the load then refuses: the description is parsed before it is written. */
    private static void requireParses(String trig, Path description) {
        try {
            RDFParser.fromString(trig, Lang.TRIG).parse(DatasetGraphFactory.create());
        } catch (RiotException ex) {
            throw new IllegalStateException(
                    "the description for " + description + " does not parse: " + ex.getMessage() + "\n" + trig, ex);
        }
    }

    private static void write(Path file, Path target, boolean copy, Path description, String trig) {
        try {
            Files.createDirectories(description.getParent());
            if (copy) {
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
            try {
                Files.writeString(description, trig, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            } catch (IOException ex) {
                if (copy) Files.deleteIfExists(target);
                throw ex;
            }
        } catch (FileAlreadyExistsException ex) {
            throw new ParleyException(ex.getFile() + " exists already; nothing was written", ex);
        } catch (IOException ex) {
            throw new ParleyException("cannot write " + description + ": " + ex.getMessage(), ex);
        }
    }
}
