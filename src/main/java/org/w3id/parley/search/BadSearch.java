package org.w3id.parley.search;

import org.w3id.parley.ParleyException;

/** A search that cannot be run as written: the message says why, in Lucene's words where they are the clearest. */
public final class BadSearch extends ParleyException {
    private static final long serialVersionUID = 1L;

    BadSearch(String message, Throwable cause) {
        super(message, cause);
    }

    BadSearch(String message) {
        super(message);
    }
}
