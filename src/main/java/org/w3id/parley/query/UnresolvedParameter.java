package org.w3id.parley.query;

import org.w3id.parley.ParleyException;

/**
 * A parameter value that names nothing in the data, or more than one thing. Its own type so that each front end can
 * answer it as the mistake of the person asking (400 with the form on a page, exit 2 on the command line) rather than
 * run the query and show an empty answer.
 */
public final class UnresolvedParameter extends ParleyException {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    UnresolvedParameter(String parameter, String problem) {
        super("Parameter " + parameter + ": " + problem);
        this.parameter = parameter;
    }

    /** The name of the parameter whose value did not resolve. */
    public String parameter() {
        return parameter;
    }
}
