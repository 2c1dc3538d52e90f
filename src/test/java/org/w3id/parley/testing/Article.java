package org.w3id.parley.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.w3id.parley.load.Inference;
import org.w3id.parley.load.LoadResult;
import org.w3id.parley.load.Loader;
import org.w3id.parley.load.Validation;
import org.w3id.parley.store.Stores;

/**
 * The project's own article (ontology/ and data/), loaded once per JVM through the real pipeline
 * (validated against ontology/shapes.ttl, standard inference), and one server over it, started on first
 * use and stopped when the JVM exits. In the spirit of Jena's {@code AbstractFusekiTest}, but shared by
 * every test class: Surefire runs them all in one JVM.
 *
 * <ul>
 * <li>{@link #store()}: read-only; anything that writes to it throws. A test that writes takes
 *     {@link #freshStore()} (or its own store) instead.</li>
 * <li>{@link #server()}: the shared server; never close it. A test that needs other settings (a short
 *     timeout, another base) starts its own with {@link #serverWith()}, over a copy of the article, and closes it;
 *     one that needs a password file or writes needs {@code TestServer.over(Article.freshStore())}.</li>
 * <li>{@link #tdbStore()}: the article in a TDB2 folder, loaded once by {@code parley load}, for tests of
 *     commands that only read a {@code --store}.</li>
 * </ul>
 */
public final class Article {
    public static final Path ONTOLOGY = Path.of("ontology");
    public static final Path DATA = Path.of("data");
    public static final Path SHAPES = ONTOLOGY.resolve("shapes.ttl");

    private static DatasetGraph loaded;
    private static DatasetGraph readOnly;
    private static TestServer server;
    private static Path tdb;

    /** The article, read-only, shared by every test in the JVM. */
    public static synchronized DatasetGraph store() {
        if (loaded == null) {
            DatasetGraph store = Stores.inMemory();
            load(store);
            loaded = store;
            readOnly = new DatasetGraphReadOnly(store);
        }
        return readOnly;
    }

    /** A new in-memory store holding the article, the test's own to change. Loads the article again: use only to write. */
    public static DatasetGraph freshStore() {
        DatasetGraph store = Stores.inMemory();
        load(store);
        return store;
    }

    /** Loads the article into {@code store} the way {@code parley load ontology data} does. */
    public static LoadResult load(DatasetGraph store) {
        return new Loader(store, Validation.fromFile(SHAPES), Inference.standard(), line -> {})
                .load(List.of(ONTOLOGY, DATA));
    }

    /** The shared server over {@link #store()}, default settings, no password file (so nothing can be written through it). */
    public static synchronized TestServer server() {
        if (server == null) {
            store();
            // Over the store itself rather than the read-only view, so the server sees TDB2's versions (result cache)
            // as in production.
            TestServer started = TestServer.overShared(loaded).start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop the shared test server"));
            server = started;
        }
        return server;
    }

    /**
     * A server of its own over a fresh copy of the article, with settings the test chooses (not a password file); the
     * test closes it. A copy, because the server keeps its query timeout in its dataset's context: over the shared
     * store, a test's short timeout would stay with the shared server for every test after it.
     */
    public static TestServer.Builder serverWith() {
        return TestServer.overShared(freshStore());
    }

    /**
     * A TDB2 folder holding the article, loaded once by {@code parley load} and deleted when the JVM exits. Only for
     * commands that read it ({@code parley query --store}); a test that loads into a store makes its own.
     */
    public static synchronized Path tdbStore() {
        if (tdb == null) {
            try {
                Path dir = Files.createTempDirectory("parley-article-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "delete the shared article store"));
                Path store = dir.resolve("store");
                Cli.Run run = Cli.run("load", "--store", store.toString(), ONTOLOGY.toString(), DATA.toString());
                if (run.exitCode() != 0) throw new IllegalStateException("parley load of the article failed: " + run);
                tdb = store;
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return tdb;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is not worth failing the run for
        }
    }

    private Article() {}
}
