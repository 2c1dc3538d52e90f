package org.w3id.parley.load;

import java.nio.file.Path;

import org.apache.jena.riot.system.ErrorHandler;

/** Stops parsing at the first problem. Warnings count: in RDF syntax they are nearly always a broken IRI or literal. */
record FailFast(Path file) implements ErrorHandler {
    @Override
    public void warning(String message, long line, long col) {
        throw new ParseFailure(file, line, col, message + " (warnings are treated as errors)");
    }

    @Override
    public void error(String message, long line, long col) {
        throw new ParseFailure(file, line, col, message);
    }

    @Override
    public void fatal(String message, long line, long col) {
        throw new ParseFailure(file, line, col, message);
    }
}
