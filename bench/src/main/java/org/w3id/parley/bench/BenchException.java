package org.w3id.parley.bench;

/** A benchmark step that could not run, with what the tool said. */
public final class BenchException extends RuntimeException {
    BenchException(String message) {
        super(message);
    }

    BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
