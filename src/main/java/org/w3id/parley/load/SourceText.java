package org.w3id.parley.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.w3id.parley.ParleyException;
import org.w3id.parley.Sha256;

/**
 * A source text as the load reads it: {@code chars}, what quotes are found in (the file's text in its format), and
 * {@code sha256}, the digest of the file's bytes. The digest is of the bytes, not of the text, so that it names the
 * file a reader can fetch and check, whatever the format makes of it; two files with the same text but different
 * markup are different sources.
 */
public record SourceText(String chars, String sha256) {

    /** Reads {@code file} as a text in {@code format}, refusing what is not UTF-8 or has no text to quote. */
    public static SourceText read(Path file, TextFormat format) {
        byte[] bytes;
        try {
            if (Files.size(file) > 4 * InputLimits.MAX_LITERAL_CHARS)
                throw new ParleyException(file + ": too large for one text (a literal may have at most "
                        + String.format("%,d", InputLimits.MAX_LITERAL_CHARS) + " characters)");
            bytes = Files.readAllBytes(file);
        } catch (IOException ex) {
            throw new ParleyException(file + ": cannot read: " + ex.getMessage(), ex);
        }
        return of(file, bytes, format);
    }

    static SourceText of(Path file, byte[] bytes, TextFormat format) {
        String chars = format.text(file, TextFiles.decode(file, bytes));
        for (int i = 0; i < chars.length(); i++)
            if (InputLimits.isControl(chars.charAt(i)) || chars.charAt(i) == '\0')
                throw new ParseFailure(
                        file,
                        -1,
                        -1,
                        String.format(
                                "its text has the control character U+%04X (from a character reference); Parley"
                                        + " refuses control characters in a text",
                                (int) chars.charAt(i)));
        return new SourceText(chars, Sha256.hex(Sha256.digest().digest(bytes)));
    }
}
