package org.w3id.parley.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * What a person says about a new source: its file and its bibliographic facts, each checked as it is given. A value
 * that cannot be right is refused with {@link IllegalArgumentException} and a message naming the option, before
 * anything is read or written.
 */
public record NewSource(
        Path file,
        String title,
        List<String> authors,
        String publisher,
        Published published,
        String url,
        String language,
        Optional<String> type) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");
    private static final Pattern SCHEMA_CLASS = Pattern.compile("[A-Z][A-Za-z]*");

    /** A publication date: {@code 2026-01-28} is an {@code xsd:date}, {@code 2026-01-28T12:10:00} an {@code xsd:dateTime}. */
    public record Published(String lexical, XSDDatatype datatype) {

        static Published parse(String given) {
            String value = given.strip();
            try {
                LocalDate.parse(value);
                return new Published(value, XSDDatatype.XSDdate);
            } catch (DateTimeParseException notADate) {
                // a date and time, then
            }
            if (isDateTime(value) && XSDDatatype.XSDdateTime.isValid(value))
                return new Published(value, XSDDatatype.XSDdateTime);
            throw new IllegalArgumentException("--published must be a date such as 2026-01-28, or a date and time such"
                    + " as 2026-01-28T12:10:00 (an offset such as Z or +01:00 may follow), not '" + given + "'");
        }

        private static boolean isDateTime(String value) {
            try {
                LocalDateTime.parse(value);
                return true;
            } catch (DateTimeParseException local) {
                try {
                    OffsetDateTime.parse(value);
                    return true;
                } catch (DateTimeParseException offset) {
                    return false;
                }
            }
        }
    }

    /** Checks every value; {@code type} is a schema.org class name such as {@code NewsArticle}, or null. */
    public static NewSource of(
            Path file,
            String title,
            List<String> authors,
            String publisher,
            String published,
            String url,
            String language,
            String type) {
        List<String> names =
                authors.stream().map(a -> text("--author", a)).distinct().toList();
        if (names.isEmpty()) throw new IllegalArgumentException("give at least one --author");
        if (!LANGUAGE.matcher(language.strip()).matches())
            throw new IllegalArgumentException(
                    "--lang must be a BCP 47 language tag such as en or pt-BR, not '" + language + "'");
        if (type != null && !SCHEMA_CLASS.matcher(type).matches())
            throw new IllegalArgumentException(
                    "--type must be the name of a schema.org class such as NewsArticle or Report, not '" + type + "'");
        return new NewSource(
                file,
                text("--title", title),
                names,
                text("--publisher", publisher),
                Published.parse(published),
                webAddress(url),
                language.strip(),
                Optional.ofNullable(type));
    }

    private static String text(String option, String value) {
        String stripped = value.strip();
        if (stripped.isEmpty()) throw new IllegalArgumentException(option + " must not be empty");
        for (int i = 0; i < stripped.length(); i++)
            if (Character.isISOControl(stripped.charAt(i)))
                throw new IllegalArgumentException(option + " must be one line of text without control characters");
        return stripped;
    }

    /** The page the source is published at: an absolute http or https IRI, written as it is given. */
    private static String webAddress(String url) {
        String value = url.strip();
        try {
            IRIx iri = IRIx.create(value);
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (iri.isAbsolute() && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null)
                return value;
        } catch (IRIException | URISyntaxException ex) {
            throw new IllegalArgumentException("--url must be the http or https address of the source, not '" + url
                    + "' (" + ex.getMessage() + ")");
        }
        throw new IllegalArgumentException("--url must be the http or https address of the source, not '" + url + "'");
    }
}
