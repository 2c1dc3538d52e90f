package org.w3id.parley.load;

import java.nio.file.Path;

import org.w3id.parley.ParleyException;

/** A syntax error (or a warning, which Parley treats as an error) at a position in a file. */
public class ParseFailure extends ParleyException {
    private final Path file;
    private final long line;
    private final long column;

    public ParseFailure(Path file, long line, long column, String detail) {
        super(position(file, line, column) + ": " + detail);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** {@code file:line:column}, leaving out what the parser could not tell. */
    static String position(Path file, long line, long column) {
        StringBuilder where = new StringBuilder(file.toString());
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) where.append(':').append(column);
        }
        return where.toString();
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }
}
