package org.w3id.parley.load;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The bounds Parley puts on one input file, so that no file can make a load run out of memory or store what the
 * server cannot serve. Nothing in a claim, an ontology or a generated corpus comes near them.
 */
final class InputLimits {
    /** Longer literals are refused: nothing in a claim needs 10 million characters. */
    static final long MAX_LITERAL_CHARS = 10_000_000;
    /** Longer IRIs (and prefixed names) are refused: 64 KiB is far beyond any IRI a browser or server handles. */
    static final long MAX_IRI_CHARS = 65_536;
    /** More prefix declarations in one file are refused: every one is kept in the store's prefix map. */
    static final int MAX_PREFIXES = 1_000;
    /**
     * A compressed file may decompress to this many times its own size, or {@link #MIN_DECOMPRESSED_BYTES}, whichever
     * is more; beyond that it is refused as a compression bomb. RDF text compresses 5 to 30 times.
     */
    static final long MAX_EXPANSION = 100;

    static final long MIN_DECOMPRESSED_BYTES = 64L << 20;

    /**
     * A C0 control character other than tab, line feed and carriage return, DEL, or a C1 control character (U+0080 to
     * U+009F, which in text is almost always Windows-1252 read as Latin-1: a curly quote that became U+0093).
     */
    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    static String controlMessage(char c) {
        return String.format(
                "control character U+%04X in a literal; Parley refuses U+0000 to U+001F (except tab, line feed and"
                        + " carriage return) and U+007F to U+009F, written or escaped",
                (int) c);
    }

    /** The decompressed content of {@code file}, refused once it exceeds what its compressed size allows. */
    static InputStream boundedExpansion(Path file, long compressedBytes, InputStream decompressed) {
        long limit = Math.max(MIN_DECOMPRESSED_BYTES, MAX_EXPANSION * compressedBytes);
        return new FilterInputStream(decompressed) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) counted(1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) counted(n);
                return n;
            }

            private void counted(int n) {
                count += n;
                if (count > limit)
                    throw new ParseFailure(
                            file,
                            -1,
                            -1,
                            String.format(
                                    "decompresses to more than %,d bytes, over %d times its size; refused as a"
                                            + " compression bomb",
                                    limit, MAX_EXPANSION));
            }
        };
    }

    private InputLimits() {}
}
