package org.w3id.parley.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.parley.testing.Fixtures.fixture;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A server with write endpoints (the {@code users.passwd} fixture: {@code editor}, {@code s3cret}) over a fresh copy of
 * the article, and what the copy held when it started: its named graphs and, apart, the load manifest in its own
 * default graph, so a test of a refused write can say that nothing changed.
 */
public final class WritableArticle implements AutoCloseable {
    private final DatasetGraph store;
    private final TestServer server;
    private final String namedBefore;
    private final String manifestBefore;

    private WritableArticle(DatasetGraph store) {
        this.store = store;
        this.namedBefore = StoreFingerprint.of(store);
        this.manifestBefore = StoreFingerprint.ofManifest(store);
        this.server = TestServer.over(store).auth(fixture("users.passwd")).start();
    }

    public static WritableArticle start() {
        return new WritableArticle(Article.freshStore());
    }

    public DatasetGraph store() {
        return store;
    }

    public TestServer server() {
        return server;
    }

    /** Neither the named graphs nor the load manifest changed since the start; {@code what} names the cause if they did. */
    public void assertUnchanged(String what) {
        assertEquals(namedBefore, StoreFingerprint.of(store), () -> what + " changed the named graphs");
        assertManifestUnchanged(what);
    }

    public void assertManifestUnchanged(String what) {
        assertEquals(manifestBefore, StoreFingerprint.ofManifest(store), () -> what + " changed the load manifest");
    }

    @Override
    public void close() {
        server.close();
    }
}
