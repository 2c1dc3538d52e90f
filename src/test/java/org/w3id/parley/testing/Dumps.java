package org.w3id.parley.testing;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.parley.store.Stores;

/** Every quad of a store, the load manifest included, as sorted N-Quads lines. */
public final class Dumps {

    public static List<String> allQuads(Path storeDir) {
        DatasetGraph store = Stores.openTdb2(storeDir);
        return Txn.calculateRead(
                store,
                () ->
                        Iter.toList(Iter.map(store.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY), NodeFmtLib::str))
                                .stream()
                                .sorted()
                                .toList());
    }

    /** The quads an export holds: every named graph of data, and the reading view as the default graph. */
    public static long exportedQuads(Path storeDir) {
        DatasetGraph store = Stores.openTdb2(storeDir);
        return Txn.calculateRead(
                store,
                () -> Iter.count(Iter.filter(
                        store.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY),
                        q -> q.isDefaultGraph() || Stores.isData(q.getGraph()))));
    }

    private Dumps() {}
}
