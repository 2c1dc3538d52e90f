package org.w3id.parley;

/**
 * A failure the person running Parley can fix — bad input, a store in use, an unknown query or option value — with a
 * message that says what and where (file, line and column, or the focus node and the broken rule). Commands report
 * it as one line and exit 1; anything else that escapes is a bug and shows its stack trace.
 */
public class ParleyException extends RuntimeException {
    public ParleyException(String message) {
        super(message);
    }

    public ParleyException(String message, Throwable cause) {
        super(message, cause);
    }
}
