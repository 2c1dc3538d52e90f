package org.w3id.parley.store;

/** A store that cannot be opened or used, with a message meant for the person at the terminal. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
