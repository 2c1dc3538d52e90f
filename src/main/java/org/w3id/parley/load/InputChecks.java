package org.w3id.parley.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Checks a file's bytes before the RDF parser sees them, for what the parser would otherwise let
 * through silently: text syntaxes must be valid UTF-8 without NUL characters (the parser would
 * replace bad bytes with U+FFFD), and RDF/XML may not hold more text in one run than a literal may
 * (the XML parser would gather it all first). A DOCTYPE in RDF/XML is refused by {@link XmlDoctype}.
 */
final class InputChecks {
    /**
     * Reads the whole (decompressed) stream as strict UTF-8 and refuses a NUL character, and what {@link TextScanner}
     * refuses, naming where.
     */
    static void requireUtf8Text(Path file, InputStream bytes) throws IOException {
        TextScanner scanner = new TextScanner(file);
        CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Position at = new Position();
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        boolean end = false;
        while (!end) {
            int n = bytes.read(in.array(), in.position(), in.remaining());
            end = n < 0;
            if (n > 0) in.position(in.position() + n);
            in.flip();
            CoderResult result;
            do {
                result = strict.decode(in, out, end);
                out.flip();
                while (out.hasRemaining()) {
                    char c = out.get();
                    if (c == '\0')
                        throw new ParseFailure(
                                file,
                                at.line,
                                at.column,
                                "NUL character (U+0000); Parley refuses it as a sign of a corrupt file");
                    scanner.accept(c, at.line, at.column);
                    at.advance(c);
                }
                out.clear();
                if (result.isError())
                    throw new ParseFailure(
                            file,
                            at.line,
                            at.column,
                            "not valid UTF-8; Turtle, TriG, N-Triples and N-Quads must be UTF-8");
            } while (result.isOverflow());
            in.compact();
        }
    }

    /**
     * Refuses RDF/XML with more than {@code 4 ×} {@link InputLimits#MAX_LITERAL_CHARS} bytes inside one tag or between
     * two tags (a character takes at most four bytes), before the XML parser gathers them into one literal; names the
     * line where that run of bytes began.
     */
    static void refuseHugeXmlText(Path file, InputStream bytes) throws IOException {
        long limit = 4 * InputLimits.MAX_LITERAL_CHARS;
        byte[] buffer = new byte[1 << 16];
        long line = 1;
        long runLine = 1;
        long run = 0;
        int n;
        while ((n = bytes.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == '<' || b == '>') {
                    run = 0;
                    runLine = line;
                } else if (++run > limit)
                    throw new ParseFailure(
                            file,
                            runLine,
                            -1,
                            String.format(
                                    "more than %,d bytes in one XML tag or between two tags; a literal may have at"
                                            + " most %,d characters",
                                    limit, InputLimits.MAX_LITERAL_CHARS));
                if (b == '\n') line++;
            }
        }
    }

    private static final class Position {
        long line = 1;
        long column = 1;

        void advance(char c) {
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }

    private InputChecks() {}
}
