package org.w3id.parley.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Parley's own command line, each command in a JVM of its own with the benchmark's -Xmx, its output and GC log kept. */
final class ParleyCli {
    private final BenchSettings settings;
    private final Path logs;

    ParleyCli(BenchSettings settings, Path logs) {
        this.settings = settings;
        this.logs = logs;
    }

    /** {@code parley load --store STORE PATH...}, timed from JVM start to exit; {@code name} names its logs. */
    JavaProcess.Run load(String name, Path store, List<Path> paths) {
        return load(name, store, paths, List.of());
    }

    /**
     * The same without the compaction a load runs once the store has doubled since its last one: what the load itself
     * costs. A one-article load into the "empty" store (the ontology and the actors, 2 MB) doubles it.
     */
    JavaProcess.Run loadOnly(String name, Path store, List<Path> paths) {
        return load(name, store, paths, List.of("--compact-at", "0"));
    }

    private JavaProcess.Run load(String name, Path store, List<Path> paths, List<String> options) {
        List<String> args = new ArrayList<>(List.of("load", "--store", store.toString()));
        args.addAll(options);
        paths.forEach(p -> args.add(p.toAbsolutePath().toString()));
        return run(name, args);
    }

    /** The store's quads, the inferred graph included, as N-Quads: what Virtuoso's bulk loader reads. */
    void export(String name, Path store, Path nquads) {
        run(name, List.of("export", "--store", store.toString(), "--format", "nq", "--out", nquads.toString()));
    }

    void compact(String name, Path store) {
        run(name, List.of("compact", "--store", store.toString()));
    }

    private JavaProcess.Run run(String name, List<String> args) {
        return JavaProcess.timed(
                settings.heap(), logs.resolve(name + "-gc.log"), logs.resolve(name + ".log"), Bench.PARLEY_MAIN, args);
    }
}
