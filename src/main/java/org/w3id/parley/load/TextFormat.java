package org.w3id.parley.load;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formats a source text may have, named by the {@code dcterms:format} of its text resource, each with the file
 * name endings that agree with it. What quotes are found in, and offsets count in, is the format's text: the file as
 * it is for plain text and Markdown (which is not rendered), the extracted text for HTML ({@link HtmlText}).
 */
public enum TextFormat {
    PLAIN("text/plain", ".txt"),
    MARKDOWN("text/markdown", ".md", ".markdown"),
    HTML("text/html", ".html", ".htm");

    private final String mediaType;
    private final List<String> endings;

    TextFormat(String mediaType, String... endings) {
        this.mediaType = mediaType;
        this.endings = List.of(endings);
    }

    /** Where IANA's registry names each media type; DCTERMS wants a {@code dcterms:MediaType}, not a string. */
    public static final String IANA = "https://www.iana.org/assignments/media-types/";

    public String mediaType() {
        return mediaType;
    }

    /** The IRI of the media type in IANA's registry, the {@code dcterms:format} of a text in this format. */
    public String iri() {
        return IANA + mediaType;
    }

    /** The format a {@code dcterms:format} value names, compared without regard to case. */
    public static Optional<TextFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values())
                .filter(f -> f.mediaType.equalsIgnoreCase(mediaType.strip()))
                .findFirst();
    }

    /** The format an IANA media-type IRI names, such as {@code https://www.iana.org/assignments/media-types/text/html}. */
    public static Optional<TextFormat> ofIri(String iri) {
        return Arrays.stream(values()).filter(f -> f.iri().equals(iri)).findFirst();
    }

    /** The format the file's name says, by its ending. */
    public static Optional<TextFormat> ofFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.endings.stream().anyMatch(name::endsWith))
                .findFirst();
    }

    boolean agreesWith(Path file) {
        return ofFileName(file).filter(this::equals).isPresent();
    }

    /** The file name endings of this format, for messages. */
    String endings() {
        return String.join(" or ", endings);
    }

    /** The media types Parley reads, for messages. */
    static String known() {
        return Arrays.stream(values()).map(f -> "<" + f.iri() + ">").collect(Collectors.joining(", "));
    }

    /** The text of {@code file}, whose content {@code decoded} is, in this format. */
    String text(Path file, String decoded) {
        return this == HTML ? HtmlText.of(file, decoded) : decoded;
    }
}
