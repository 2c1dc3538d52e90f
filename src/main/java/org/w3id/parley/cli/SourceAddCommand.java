package org.w3id.parley.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.w3id.parley.source.NewSource;
import org.w3id.parley.source.SourceAdder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "add",
        description = {
            "Add a source: copy its text (.txt, .md or .html) into DATA/sources/ and describe it,",
            "its authors and its publisher in a new DATA/<slug>/source.trig, in its own named graph.",
            "Authors and publishers already in DATA are reused when their label is exactly the name given.",
            "A URL or a text (the same bytes) already described is refused; nothing is written unless all checks."
        })
final class SourceAddCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The text: plain text, Markdown or HTML, in UTF-8.")
    Path file;

    @Option(names = "--title", required = true, paramLabel = "TITLE", description = "The headline, as published.")
    String title;

    @Option(
            names = "--author",
            required = true,
            paramLabel = "NAME",
            description = "An author's name; repeat for each author.")
    List<String> authors;

    @Option(names = "--publisher", required = true, paramLabel = "NAME", description = "Who published it.")
    String publisher;

    @Option(
            names = "--published",
            required = true,
            paramLabel = "DATE",
            description = "When: 2026-01-28, or 2026-01-28T12:10:00 (an offset such as Z may follow).")
    String published;

    @Option(
            names = "--url",
            required = true,
            paramLabel = "URL",
            description = "Where it is published (http or https).")
    String url;

    @Option(
            names = "--lang",
            required = true,
            paramLabel = "TAG",
            description = "Its language, a BCP 47 tag: en, de, pt-BR.")
    String language;

    @Option(
            names = "--type",
            paramLabel = "CLASS",
            description = "A schema.org class more specific than CreativeWork, such as NewsArticle or Report.")
    String type;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = ProjectFiles.DATA,
            description = "The data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
        NewSource source;
        try {
            source = NewSource.of(file, title, authors, publisher, published, url, language, type);
        } catch (IllegalArgumentException ex) {
            throw usageError(ex.getMessage());
        }
        SourceAdder.Added added = new SourceAdder(data).add(source);
        if (added.copied()) out().println("Copied " + file + " to " + shown(added.text()));
        out().println("Wrote " + shown(added.description()) + ":");
        out().println("  source    <" + added.source() + ">");
        out().println("  text      <" + added.textResource() + ">, "
                + added.format().mediaType() + ", " + String.format("%,d", added.codePoints())
                + " characters to quote from");
        out().println("  authors   "
                + added.authors().stream()
                        .map(a -> "<" + a.path() + "> " + a.label()
                                + (a.isNew() ? " (new)" : " (from " + a.describedIn() + ")"))
                        .collect(Collectors.joining(", ")));
        out().println("  publisher <" + added.publisher().path() + "> "
                + added.publisher().label()
                + (added.publisher().isNew()
                        ? " (new)"
                        : " (from " + added.publisher().describedIn() + ")"));
        out().println("Next: add claims quoting it, in a TriG file under " + shown(data) + ", each with");
        out().println("  prov:wasDerivedFrom <" + added.source() + "> ;");
        out().println("  parley:quote \"the words, exactly as the text has them\" .");
        out().println("then check them with: parley validate " + shown(data));
        return 0;
    }

    /** Under the working directory, relative to it: the launcher gives the data folder as an absolute path. */
    private static Path shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute) : path;
    }
}
