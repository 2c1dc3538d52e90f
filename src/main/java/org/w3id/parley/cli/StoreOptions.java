package org.w3id.parley.cli;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.parley.store.Stores;

import picocli.CommandLine.Option;

/** {@code --store DIR} or {@code --mem}: which store a command works on. */
final class StoreOptions {
    @Option(
            names = "--store",
            paramLabel = "DIR",
            defaultValue = "store",
            description = "TDB2 store directory, created if absent (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--mem", description = "Use a fresh in-memory store instead; nothing is kept after exit.")
    boolean memory;

    DatasetGraph open() {
        return memory ? Stores.inMemory() : Stores.openTdb2(store);
    }

    String describe() {
        return memory
                ? "an in-memory store"
                : "the TDB2 store in " + store.toAbsolutePath().normalize();
    }
}
