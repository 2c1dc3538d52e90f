package org.w3id.parley.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.parley.publish.Paths;
import org.w3id.parley.serve.ParleyServer;
import org.w3id.parley.serve.ServeSettings;

/**
 * The real server ({@link ParleyServer#build}) on a free port of localhost, for a test. Most tests want the
 * shared one over the article, {@link Article#server()}; a test that needs its own settings or its own store
 * builds one here and closes it:
 *
 * <pre>
 * try (TestServer server = TestServer.over(Fixtures.chainStore()).auth(fixture("users.passwd")).start()) {
 *     Http.query(server.sparql(), ...);
 * }
 * </pre>
 */
public final class TestServer implements AutoCloseable {
    /** Long enough that no test query on a busy machine is cut off unless the test asks for a shorter one. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final FusekiServer server;
    private final String url;

    private TestServer(FusekiServer server) {
        this.server = server;
        this.url = "http://localhost:" + server.getHttpPort();
    }

    /** A server over {@code store}, which it may write to if the builder is given a password file. */
    public static Builder over(DatasetGraph store) {
        return new Builder(store, true);
    }

    /** A server over a store no test may change: asking it for a password file (write endpoints) is refused. */
    static Builder overShared(DatasetGraph store) {
        return new Builder(store, false);
    }

    /** {@code http://localhost:PORT}, no trailing slash. */
    public String url() {
        return url;
    }

    /** {@code url() + path}; {@code path} starts with a slash. */
    public String url(String path) {
        return url + path;
    }

    /** The dataset's base, {@code http://localhost:PORT/parley/}: add {@code sparql}, {@code get}, {@code update}, {@code analysis/…}. */
    public String dataset() {
        return url + Paths.DATASET + "/";
    }

    /** The public SPARQL endpoint, {@code http://localhost:PORT/parley/sparql}. */
    public String sparql() {
        return dataset() + "sparql";
    }

    public int port() {
        return server.getHttpPort();
    }

    public FusekiServer fuseki() {
        return server;
    }

    @Override
    public void close() {
        server.stop();
    }

    /** The settings of {@code parley serve}, on port 0 of localhost, each changeable. */
    public static final class Builder {
        private final DatasetGraph store;
        private final boolean mayWrite;
        private Duration timeout = DEFAULT_TIMEOUT;
        private Optional<Path> auth = Optional.empty();
        private long maxRequestBytes = ServeSettings.DEFAULT_MAX_REQUEST_BYTES;
        private String base = ServeSettings.DEFAULT_BASE;
        private long cacheBytes = ServeSettings.DEFAULT_CACHE_BYTES;

        private Builder(DatasetGraph store, boolean mayWrite) {
            this.store = store;
            this.mayWrite = mayWrite;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** A password file: update and Graph Store write endpoints for its users. */
        public Builder auth(Path passwordFile) {
            if (!mayWrite)
                throw new IllegalStateException(
                        "the shared article store is read-only: give a server that can write its own store");
            this.auth = Optional.of(passwordFile);
            return this;
        }

        public Builder maxRequestBytes(long maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /** The IRI prefix served at the same paths ({@link ServeSettings#base()}). */
        public Builder base(String base) {
            this.base = base;
            return this;
        }

        /** Memory for the result cache; 0 turns it off. */
        public Builder cacheBytes(long cacheBytes) {
            this.cacheBytes = cacheBytes;
            return this;
        }

        public ServeSettings settings() {
            return new ServeSettings("localhost", 0, timeout, auth, maxRequestBytes, base, cacheBytes);
        }

        public TestServer start() {
            FusekiServer server = ParleyServer.build(store, settings());
            server.start();
            return new TestServer(server);
        }
    }
}
