package org.w3id.parley.serve;

import java.util.Optional;

import org.apache.jena.shared.JenaException;

/**
 * A request would write the default graph. The default graph is the reading view the loader derives from the named
 * graphs ({@link GraphStoreView}), rewritten at every load, so a write there would be lost or contradict them. The
 * servlets answer it with 400.
 */
final class DefaultGraphNotWritable extends JenaException {
    private static final long serialVersionUID = 1L;

    static final String REASON =
            "the default graph is the reading view the loader derives from the named graphs and cannot be written";
    private static final String NAME_A_GRAPH =
            "name a graph: ?graph=IRI in the Graph Store Protocol, GRAPH <IRI> { ... } or WITH <IRI> in SPARQL Update";

    /** For a write that only shows itself as it happens, e.g. a quad of a request body. */
    DefaultGraphNotWritable() {
        this("Cannot write to the default graph: " + REASON + "; " + NAME_A_GRAPH + ".");
    }

    /** {@code message} says what was refused, why and what to do instead. */
    DefaultGraphNotWritable(String message) {
        super(message);
    }

    /** This error among {@code error} and its causes: parsers wrap what the sink they feed throws. */
    static Optional<DefaultGraphNotWritable> among(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause())
            if (cause instanceof DefaultGraphNotWritable refused) return Optional.of(refused);
        return Optional.empty();
    }

    /** "{@code what} writes to the default graph, ...; {@code instead}." */
    static DefaultGraphNotWritable because(String what, String instead) {
        return new DefaultGraphNotWritable(what + ": " + REASON + "; " + instead + ".");
    }
}
