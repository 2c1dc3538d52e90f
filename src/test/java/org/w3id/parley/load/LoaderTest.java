package org.w3id.parley.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.store.Stores;
import org.w3id.parley.vocab.ParleyId;

class LoaderTest {
    @TempDir
    Path tmp;

    @Test
    void aFileDeletedFromAFolderTakesItsGraphsWithItOnTheNextLoad() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("data"));
        Files.copy(fixture("chain.trig"), folder.resolve("chain.trig"));
        Files.copy(fixture("more.trig"), folder.resolve("more.trig"));
        DatasetGraph store = Stores.inMemory();
        Loader loader = new Loader(store, Validation.fromFile(fixture("shapes.ttl")), Inference.standard(), line -> {});
        List<Path> sources = List.of(fixture("ontology.ttl"), folder);
        loader.load(sources);
        assertTrue(loader.isCurrent(sources));
        var claim4 = NodeFactory.createURI("http://example.org/graph/claim4");
        assertTrue(Txn.calculateRead(store, () -> store.containsGraph(claim4)));

        Files.delete(folder.resolve("more.trig"));
        assertFalse(loader.isCurrent(sources), "a deleted file must make the store out of date");
        loader.load(sources);
        assertFalse(
                Txn.calculateRead(store, () -> store.containsGraph(claim4)),
                "the deleted file's graph is still served");
        assertTrue(loader.isCurrent(sources));
    }

    @Test
    void aTouchedFileStaysCurrentAndAnEditedOneDoesNot() throws Exception {
        Path file = Files.copy(fixture("chain.trig"), tmp.resolve("chain.trig"));
        Loader loader = new Loader(
                Stores.inMemory(), Validation.fromFile(fixture("shapes.ttl")), Inference.standard(), line -> {});
        List<Path> sources = List.of(fixture("ontology.ttl"), file);
        loader.load(sources);
        assertTrue(loader.isCurrent(sources));

        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
        assertTrue(loader.isCurrent(sources), "a new modification time with the same content is still current");

        Files.writeString(file, Files.readString(file) + "\n# edited\n");
        assertFalse(loader.isCurrent(sources), "an edited file must make the store out of date");
    }

    /**
     * The inferred graph is the loader's: what a file puts there (an exported dump holds it) is dropped, not refused,
     * so that a dump loads back, and the graph is recomputed from what the files assert.
     */
    @Test
    void quadsAFilePutsInTheInferredGraphAreDroppedNotStored() throws Exception {
        Path dump = tmp.resolve("dump.trig");
        Files.writeString(dump, """
                <https://w3id.org/parley/id/graph/inferred> { <http://example.org/a> <http://example.org/p> "stale" }
                <http://example.org/g> { <http://example.org/a> <http://example.org/p> "kept" }
                """);
        DatasetGraph store = Stores.inMemory();
        new Loader(store, Validation.none(), Inference.standard(), line -> {}).load(List.of(dump));
        Txn.executeRead(store, () -> {
            assertTrue(store.containsGraph(NodeFactory.createURI("http://example.org/g")));
            assertFalse(
                    store.contains(
                            ParleyId.INFERRED_GRAPH, Node.ANY, Node.ANY, NodeFactory.createLiteralString("stale")),
                    "a file wrote into the inferred graph");
        });
    }
}
