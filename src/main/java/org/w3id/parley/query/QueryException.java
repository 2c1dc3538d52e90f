package org.w3id.parley.query;

/** A query that cannot be found, bound or run, with a message meant for the person at the terminal. */
public class QueryException extends RuntimeException {
    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
