package org.w3id.parley.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.io.output.WriterOutputStream;

/** Jena writes to an {@link OutputStream}; picocli gives commands a {@link PrintWriter}, which tests capture. */
final class Output {

    /** A UTF-8 stream onto the command's writer; flush it when done. */
    static OutputStream stream(PrintWriter writer) {
        try {
            return WriterOutputStream.builder()
                    .setWriter(writer)
                    .setCharset(StandardCharsets.UTF_8)
                    .setWriteImmediately(false)
                    .get();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private Output() {}
}
