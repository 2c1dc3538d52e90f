package org.w3id.parley.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.parley.vocab.Cnt;
import org.w3id.parley.vocab.Parley;

/**
 * Gives each source text one home, its file: a text resource says {@code parley:textFile "../sources/article.txt"}
 * (relative to the folder of the RDF file that says it) and the load stores {@code cnt:chars} and
 * {@code parley:sha256} read from that file in its place, in the same graph. A copy of the text pasted into the RDF
 * could drift from the file that quotes are checked against; a derived one cannot.
 */
final class TextFiles {

    /** A text file a load read: the name the RDF gave it, where it is, the digest of what was read, its stamp before. */
    record Read(String name, Path file, String sha256, FileStamp stamp) {}

    /**
     * {@code quads} of {@code file} with every {@code parley:textFile} replaced by the text it names, in the format its
     * {@code dcterms:format} gives; each text file read is handed to {@code onRead}.
     */
    static List<Quad> resolve(Path file, List<Quad> quads, Consumer<Read> onRead) {
        if (quads.stream().noneMatch(q -> q.getPredicate().equals(Parley.textFile))) return quads;
        MentionLocator locator = MentionLocator.of(file);
        List<Quad> resolved = new ArrayList<>(quads.size() + 1);
        for (Quad quad : quads) {
            if (!quad.getPredicate().equals(Parley.textFile)) {
                resolved.add(quad);
                continue;
            }
            Node text = quad.getSubject();
            Node name = quad.getObject();
            if (!name.isLiteral() || !name.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI()))
                throw locator.failure(text, "parley:textFile must be a plain string, the path of the text file");
            if (quads.stream()
                    .anyMatch(q -> q.getSubject().equals(text)
                            && (q.getPredicate().equals(Cnt.chars)
                                    || q.getPredicate().equals(Parley.sha256))))
                throw locator.failure(
                        text,
                        "<" + text + "> gives parley:textFile and also cnt:chars or parley:sha256; the load derives"
                                + " both from the file, remove the copy");
            Path source = source(file, name.getLiteralLexicalForm(), text, locator);
            TextFormat format = format(quads, text, source, locator);
            // stamped before it is read: a change in between makes the next freshness check read the content again
            FileStamp stamp = FileStamp.of(source);
            SourceText read = SourceText.of(source, read(source, text, locator), format);
            onRead.accept(new Read(name.getLiteralLexicalForm(), source, read.sha256(), stamp));
            resolved.add(Quad.create(quad.getGraph(), text, Cnt.chars, NodeFactory.createLiteralString(read.chars())));
            resolved.add(
                    Quad.create(quad.getGraph(), text, Parley.sha256, NodeFactory.createLiteralString(read.sha256())));
        }
        return resolved;
    }

    /**
     * The format the text resource gives, an IANA media-type IRI or a media-type string ({@code text/plain} when it
     * gives none, as sources did before there were others), which the file's name must agree with: a page named {@code .html} read as plain text, or a text file
     * read as HTML, would give quotes offsets into a text nobody sees.
     */
    private static TextFormat format(List<Quad> quads, Node text, Path source, MentionLocator locator) {
        List<Node> given = quads.stream()
                .filter(q -> q.getSubject().equals(text) && q.getPredicate().equals(DCTerms.format.asNode()))
                .map(Quad::getObject)
                .distinct()
                .toList();
        if (given.size() > 1)
            throw locator.failure(text, "<" + text + "> gives " + given.size() + " dcterms:format values; give one");
        TextFormat format = TextFormat.PLAIN;
        if (!given.isEmpty()) {
            Node value = given.get(0);
            if (value.isURI())
                format = TextFormat.ofIri(value.getURI())
                        .orElseThrow(() -> locator.failure(
                                text,
                                "dcterms:format <" + value.getURI() + "> of <" + text
                                        + "> is not a format Parley reads; use one of " + TextFormat.known()));
            // A plain media-type string, as sources gave it before the IANA IRI, is still read.
            else if (value.isLiteral() && value.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI()))
                format = TextFormat.ofMediaType(value.getLiteralLexicalForm())
                        .orElseThrow(() -> locator.failure(
                                text,
                                "dcterms:format \"" + value.getLiteralLexicalForm() + "\" of <" + text
                                        + "> is not a format Parley reads; use one of " + TextFormat.known()));
            else
                throw locator.failure(
                        text,
                        "dcterms:format of <" + text + "> must be an IANA media-type IRI such as <"
                                + TextFormat.HTML.iri() + ">");
        }
        if (!format.agreesWith(source))
            throw locator.failure(
                    text,
                    "<" + text + "> is dcterms:format \"" + format.mediaType() + "\" but its file "
                            + source.getFileName()
                            + TextFormat.ofFileName(source)
                                    .map(f -> " is named as " + f.mediaType())
                                    .orElse(" has a name that is no format's")
                            + "; a " + format.mediaType() + " file is named " + format.endings()
                            + " (say the format the file has, or rename it)");
        return format;
    }

    private static Path source(Path file, String name, Node text, MentionLocator locator) {
        Path given = Path.of(name);
        if (name.isEmpty() || given.isAbsolute())
            throw locator.failure(
                    text,
                    "parley:textFile \"" + name + "\": give the path relative to the folder of " + file.getFileName());
        Path folder = file.toAbsolutePath().getParent();
        Path source = folder.resolve(given).normalize();
        if (!Files.isRegularFile(source))
            throw locator.failure(text, "parley:textFile \"" + name + "\": no such file " + source);
        return source;
    }

    private static byte[] read(Path source, Node text, MentionLocator locator) {
        try {
            if (Files.size(source) > 4 * InputLimits.MAX_LITERAL_CHARS)
                throw locator.failure(
                        text,
                        source + ": too large for one text (a literal may have at most "
                                + String.format("%,d", InputLimits.MAX_LITERAL_CHARS) + " characters)");
            return Files.readAllBytes(source);
        } catch (IOException ex) {
            throw locator.failure(text, source + ": cannot read: " + ex.getMessage());
        }
    }

    /**
     * The bytes as strict UTF-8: a lenient decoder would put U+FFFD in the stored text and shift no offset that a
     * reader could see, so every quote after it would point at the wrong words in the real file.
     */
    static String decode(Path source, byte[] bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = strict.decode(in, out, true);
        if (!result.isError()) result = strict.flush(out);
        out.flip();
        String chars = out.toString();
        if (result.isError())
            throw failureAt(
                    source,
                    chars,
                    String.format(
                            "not valid UTF-8 (byte %,d); a source text must be UTF-8, nothing was loaded",
                            in.position()));
        if (chars.length() > InputLimits.MAX_LITERAL_CHARS)
            throw new ParseFailure(
                    source,
                    -1,
                    -1,
                    String.format("more than %,d characters in one text (the limit)", InputLimits.MAX_LITERAL_CHARS));
        for (int i = 0; i < chars.length(); i++)
            if (chars.charAt(i) == '\0' || InputLimits.isControl(chars.charAt(i)))
                throw failureAt(
                        source,
                        chars.substring(0, i),
                        chars.charAt(i) == '\0'
                                ? "NUL character (U+0000); Parley refuses it as a sign of a corrupt file"
                                : InputLimits.controlMessage(chars.charAt(i)));
        return chars;
    }

    /** A refusal at the line and column that follow {@code before}, the text up to the problem. */
    private static ParseFailure failureAt(Path source, String before, String detail) {
        long line = 1 + before.chars().filter(c -> c == '\n').count();
        String lastLine = before.substring(before.lastIndexOf('\n') + 1);
        return new ParseFailure(source, line, 1 + lastLine.codePointCount(0, lastLine.length()), detail);
    }

    private TextFiles() {}
}
