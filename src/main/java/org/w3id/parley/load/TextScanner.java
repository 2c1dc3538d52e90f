package org.w3id.parley.load;

import java.nio.file.Path;

/**
 * Follows the characters of a Turtle, TriG, N-Triples or N-Quads file as they stream past, before the parser reads
 * it, and refuses what the parser would accept but Parley must not, naming the line and column: a literal or an IRI
 * (or a prefixed name) longer than its limit, checked while it streams, so that a huge one is refused before the
 * parser builds it in memory; more {@code @prefix} directives than {@link InputLimits#MAX_PREFIXES}; an RDF 1.2 triple
 * term ({@code <<}); an IRI under {@code urn:x-arq:}, the names Jena gives its own union and default graphs; and a
 * control character in a literal, written raw or as an escape. It keeps a few counters, never a token: memory stays
 * the same whatever the file holds. It only recognises where strings, IRIs, names and comments begin and end; the
 * syntax itself is the parser's to check.
 */
final class TextScanner {
    private static final String RESERVED = "urn:x-arq:";

    private enum State {
        OUTSIDE,
        COMMENT,
        LESS_THAN,
        IRI,
        NAME,
        NAME_ESCAPE,
        OPEN_ONE,
        OPEN_TWO,
        STRING,
        STRING_ESCAPE,
        STRING_HEX
    }

    private final Path file;
    private State state = State.OUTSIDE;
    private long startLine;
    private long startColumn;
    private long length;
    private final StringBuilder head = new StringBuilder();
    private char quote;
    private boolean longString;
    private int quotes;
    private long escapeLine;
    private long escapeColumn;
    private int hexLeft;
    private int codePoint;
    private int prefixes;

    TextScanner(Path file) {
        this.file = file;
    }

    /** The next character, at {@code line} and {@code column}. */
    void accept(char c, long line, long column) {
        switch (state) {
            case OUTSIDE -> outside(c, line, column);
            case COMMENT -> {
                if (c == '\n' || c == '\r') state = State.OUTSIDE;
            }
            case LESS_THAN -> {
                if (c == '<')
                    throw new ParseFailure(
                            file,
                            startLine,
                            startColumn,
                            "an RDF 1.2 triple term (<<); Parley does not store RDF 1.2 triple terms yet");
                state = State.IRI;
                iri(c);
            }
            case IRI -> iri(c);
            case NAME -> name(c, line, column);
            case NAME_ESCAPE -> {
                state = State.NAME;
                grow(InputLimits.MAX_IRI_CHARS, "a name");
            }
            case OPEN_ONE -> {
                if (c == quote) state = State.OPEN_TWO;
                else {
                    state = State.STRING;
                    string(c, line, column);
                }
            }
            case OPEN_TWO -> {
                if (c == quote) {
                    longString = true;
                    state = State.STRING;
                } else {
                    outside(c, line, column); // after the empty string
                }
            }
            case STRING -> string(c, line, column);
            case STRING_ESCAPE -> escape(c);
            case STRING_HEX -> hex(c, line, column);
        }
    }

    private void outside(char c, long line, long column) {
        state = State.OUTSIDE;
        startLine = line;
        startColumn = column;
        length = 0;
        head.setLength(0);
        switch (c) {
            case '#' -> state = State.COMMENT;
            case '<' -> state = State.LESS_THAN;
            case '"', '\'' -> {
                quote = c;
                longString = false;
                quotes = 0;
                state = State.OPEN_ONE;
            }
            case ' ', '\t', '\n', '\r', '(', ')', '[', ']', '{', '}', ',', ';' -> {}
            default -> {
                state = State.NAME;
                name(c, line, column);
            }
        }
    }

    private void iri(char c) {
        if (c == '>') {
            state = State.OUTSIDE;
            return;
        }
        if (head.length() < RESERVED.length()) {
            head.append(c);
            if (head.length() == RESERVED.length() && head.toString().equals(RESERVED))
                throw new ParseFailure(
                        file,
                        startLine,
                        startColumn,
                        "an IRI under urn:x-arq:, which names the store's own union and default graphs;"
                                + " Parley refuses these names");
        }
        grow(InputLimits.MAX_IRI_CHARS, "an IRI");
    }

    private void name(char c, long line, long column) {
        switch (c) {
            case ' ', '\t', '\n', '\r', '<', '"', '\'', '#', '(', ')', '[', ']', '{', '}', ',', ';' -> {
                endOfName();
                outside(c, line, column);
            }
            case '\\' -> state = State.NAME_ESCAPE;
            default -> {
                if (head.length() <= "@prefix".length()) head.append(c);
                grow(InputLimits.MAX_IRI_CHARS, "a name");
            }
        }
    }

    private void endOfName() {
        String word = head.toString();
        if ((word.equals("@prefix") || word.equalsIgnoreCase("prefix")) && ++prefixes > InputLimits.MAX_PREFIXES)
            throw new ParseFailure(
                    file,
                    startLine,
                    startColumn,
                    String.format(
                            "more than %,d prefix declarations in one file (the limit)", InputLimits.MAX_PREFIXES));
    }

    private void string(char c, long line, long column) {
        if (c == quote) {
            if (!longString || ++quotes == 3) {
                state = State.OUTSIDE;
                return;
            }
        } else quotes = 0;
        if (!longString && (c == '\n' || c == '\r')) {
            state = State.OUTSIDE; // a short string cannot span lines: the parser will say so
            return;
        }
        if (c == '\\') {
            escapeLine = line;
            escapeColumn = column;
            state = State.STRING_ESCAPE;
        } else if (InputLimits.isControl(c)) throw control(c, line, column);
        grow(InputLimits.MAX_LITERAL_CHARS, "a literal");
    }

    private void escape(char c) {
        state = State.STRING;
        switch (c) {
            case 'b' -> throw control('\b', escapeLine, escapeColumn);
            case 'f' -> throw control('\f', escapeLine, escapeColumn);
            case 'u', 'U' -> {
                hexLeft = c == 'u' ? 4 : 8;
                codePoint = 0;
                state = State.STRING_HEX;
            }
            default -> {}
        }
        grow(InputLimits.MAX_LITERAL_CHARS, "a literal");
    }

    private void hex(char c, long line, long column) {
        int digit = Character.digit(c, 16);
        if (digit < 0) {
            state = State.STRING; // not an escape after all: the parser will say so
            string(c, line, column);
            return;
        }
        codePoint = (codePoint << 4) | digit;
        grow(InputLimits.MAX_LITERAL_CHARS, "a literal");
        if (--hexLeft == 0) {
            state = State.STRING;
            if (codePoint >= 0 && codePoint <= 0x9F && InputLimits.isControl((char) codePoint))
                throw control((char) codePoint, escapeLine, escapeColumn);
        }
    }

    private ParseFailure control(char c, long line, long column) {
        return new ParseFailure(file, line, column, InputLimits.controlMessage(c));
    }

    private void grow(long limit, String what) {
        if (++length > limit)
            throw new ParseFailure(
                    file,
                    startLine,
                    startColumn,
                    String.format("%s longer than %,d characters (the limit)", what, limit));
    }
}
