package org.w3id.parley.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes what one check measured to target/reliability/CHECK.txt; RELIABILITY.md is written from these. */
final class Reliability {
    private static final Path RESULTS = Path.of("target", "reliability");

    static synchronized void record(String check, String result) {
        try {
            Files.createDirectories(RESULTS);
            Files.writeString(RESULTS.resolve(check + ".txt"), result + "\n");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private Reliability() {}
}
