package org.w3id.parley.bench;

import java.util.Optional;

/** A running system under test: where to ask it, how long it took to answer first, and how it is stopped. */
interface Server extends AutoCloseable {
    String name();

    Endpoint sparql();

    /** A linked-data page to fetch in the serving test, when the system has such pages. */
    Optional<String> page();

    /** Seconds from starting the process to its first successful answer. */
    double startupSeconds();

    /** Stops the system; then its heap, if it is a JVM. */
    Results.Heap stop();

    @Override
    default void close() {
        stop();
    }
}
