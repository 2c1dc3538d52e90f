package org.w3id.parley.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;

/**
 * Where a resource is first written in a Turtle or TriG file, for refusals about what the parser built from it: the
 * parser hands over triples without positions. The file is searched for the IRI in every spelling it can have there:
 * in full, relative to a base the file declares, or as a prefixed name under a prefix it declares. A spelling the
 * search does not know (an escape in a prefixed name, RDF/XML) leaves the position out rather than guess it.
 */
final class MentionLocator {
    private static final Pattern BASE = Pattern.compile("(?i)(?:@base|\\bBASE)\\s*<([^>]*)>");
    private static final Pattern PREFIX = Pattern.compile("(?i)(?:@prefix|\\bPREFIX)\\s+([^\\s:]*):\\s*<([^>]*)>");

    private final Path file;
    private final String content;

    private MentionLocator(Path file, String content) {
        this.file = file;
        this.content = content;
    }

    static MentionLocator of(Path file) {
        try (InputStream in = SourceFiles.open(file)) {
            // The file has been parsed as strict UTF-8 already; a replacement character here cannot shift a position.
            return new MentionLocator(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException ex) {
            return new MentionLocator(file, "");
        }
    }

    /** A refusal at the first mention of {@code resource}, or at the file alone when it cannot be found. */
    ParseFailure failure(Node resource, String detail) {
        int at = firstMention(resource);
        if (at < 0) return new ParseFailure(file, -1, -1, detail);
        long line = 1;
        long column = 1;
        for (int i = 0; i < at; i++) {
            if (content.charAt(i) == '\n') {
                line++;
                column = 1;
            } else column++;
        }
        return new ParseFailure(file, line, column, detail);
    }

    /** {@code file:line:column} of the first mention of {@code resource}, or the file alone when it cannot be found. */
    String where(Node resource) {
        ParseFailure at = failure(resource, "");
        return ParseFailure.position(file, at.line(), at.column());
    }

    private int firstMention(Node resource) {
        if (!resource.isURI()) return -1;
        String iri = resource.getURI();
        int first = -1;
        for (String spelling : spellings(iri)) {
            int from = 0;
            int at;
            while ((at = content.indexOf(spelling, from)) >= 0) {
                if (endsToken(spelling, at + spelling.length()) && startsToken(spelling, at)) {
                    if (first < 0 || at < first) first = at;
                    break;
                }
                from = at + 1;
            }
        }
        return first;
    }

    private List<String> spellings(String iri) {
        List<String> spellings = new ArrayList<>();
        spellings.add("<" + iri + ">");
        Matcher base = BASE.matcher(content);
        while (base.find())
            if (iri.startsWith(base.group(1)) && iri.length() > base.group(1).length())
                spellings.add("<" + iri.substring(base.group(1).length()) + ">");
        Matcher prefix = PREFIX.matcher(content);
        while (prefix.find())
            if (iri.startsWith(prefix.group(2))
                    && iri.length() > prefix.group(2).length())
                spellings.add(
                        prefix.group(1) + ":" + iri.substring(prefix.group(2).length()));
        return spellings;
    }

    /** A prefixed name must not be the tail of a longer name: {@code xclaim:a} is not {@code claim:a}. */
    private boolean startsToken(String spelling, int at) {
        if (spelling.startsWith("<") || at == 0) return true;
        char before = content.charAt(at - 1);
        return !(Character.isLetterOrDigit(before) || before == '_' || before == '-' || before == ':');
    }

    /** Nor its head: {@code claim:a} is not {@code claim:ab}. */
    private boolean endsToken(String spelling, int end) {
        if (spelling.endsWith(">") || end == content.length()) return true;
        char after = content.charAt(end);
        return !(Character.isLetterOrDigit(after) || after == '_' || after == '-' || after == ':' || after == '%');
    }
}
