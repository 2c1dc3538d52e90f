package org.w3id.parley.load;

/** Input that cannot be loaded; the message says which file or node and why. Nothing has been written. */
public class LoadException extends RuntimeException {
    public LoadException(String message) {
        super(message);
    }

    public LoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
