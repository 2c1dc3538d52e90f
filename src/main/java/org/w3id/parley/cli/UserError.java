package org.w3id.parley.cli;

/** A failure the user can fix, reported as one message and exit code 1. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }

    UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
