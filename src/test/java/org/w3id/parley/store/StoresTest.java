package org.w3id.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.chainLoadArgs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.ParleyException;
import org.w3id.parley.testing.Cli;
import org.w3id.parley.testing.Cli.Run;
import org.w3id.parley.testing.HoldStore;

class StoresTest {
    @TempDir
    Path tmp;

    @Test
    void aStoreHeldByAnotherProcessIsExplainedInOneLine() throws Exception {
        Path store = tmp.resolve("store");
        Process holder = HoldStore.start(store);
        try {
            ParleyException ex = assertThrows(ParleyException.class, () -> Stores.openTdb2(store));
            assertTrue(ex.getMessage().contains("in use by another process"), ex.getMessage());

            Run run = Cli.run(chainLoadArgs(store));
            assertEquals(1, run.exitCode(), run::toString);
            assertTrue(run.err().contains("in use by another process"), run::toString);
            assertEquals(1, run.err().strip().lines().count(), run::toString);
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void inMemoryStoresReadTheirOwnDefaultGraph() {
        assertReadsItsOwnDefaultGraph(Stores.inMemory());
    }

    @Test
    void tdb2StoresReadTheirOwnDefaultGraph() {
        assertReadsItsOwnDefaultGraph(Stores.openTdb2(tmp.resolve("store")));
    }

    /** A plain query sees every named graph's triples (and not the store's own default graph); GRAPH ?g still reaches each one. */
    /** Without GRAPH a query reads the store's default graph (the loader's reading view), not the union. */
    private static void assertReadsItsOwnDefaultGraph(DatasetGraph store) {
        Node p = NodeFactory.createURI("http://example.org/p");
        Txn.executeWrite(store, () -> {
            store.add(
                    NodeFactory.createURI("http://example.org/g1"),
                    NodeFactory.createURI("http://example.org/a"),
                    p,
                    NodeFactory.createLiteralString("one"));
            store.add(
                    NodeFactory.createURI("http://example.org/g2"),
                    NodeFactory.createURI("http://example.org/b"),
                    p,
                    NodeFactory.createLiteralString("two"));
            store.getDefaultGraph()
                    .add(
                            NodeFactory.createURI("http://example.org/view"),
                            p,
                            NodeFactory.createLiteralString("in the view"));
        });
        assertEquals(
                List.of("in the view"),
                column(store, "SELECT ?o WHERE { ?s <http://example.org/p> ?o } ORDER BY ?o", "o"));
        assertEquals(
                List.of("http://example.org/g1", "http://example.org/g2"),
                column(store, "SELECT ?g WHERE { GRAPH ?g { ?s <http://example.org/p> ?o } } ORDER BY ?g", "g"));
    }

    private static List<String> column(DatasetGraph store, String select, String var) {
        return Txn.calculateRead(store, () -> {
            List<String> values = new ArrayList<>();
            QueryExec.dataset(store)
                    .query(select)
                    .select()
                    .forEachRemaining(row -> values.add(
                            row.get(var).isLiteral()
                                    ? row.get(var).getLiteralLexicalForm()
                                    : row.get(var).getURI()));
            return values;
        });
    }
}
