package org.w3id.parley.bench;

import java.util.Optional;
import java.util.OptionalLong;

/** A running system under test: where to ask it, how long it took to answer first, and how it is stopped. */
interface Server extends AutoCloseable {
    String name();

    Endpoint sparql();

    /** A linked-data page to fetch in the serving test, when the system has such pages. */
    Optional<String> page();

    /** Seconds from starting the process to its first successful answer. */
    double startupSeconds();

    /** Stops the system; afterwards, the peak heap if the system is a JVM. */
    OptionalLong stopAndPeakHeapMb();

    @Override
    default void close() {
        stopAndPeakHeapMb();
    }
}
