package org.w3id.parley.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Supplier;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.parley.store.Stores;

/**
 * What a store holds, its named graphs of data and its default graph (the reading view), as "count digest": an
 * order-independent digest of every quad; the load manifest apart.
 * Run as a program it opens the store in a fresh JVM, so no cached view of another process's writes
 * can hide what is really on disk.
 */
public final class StoreFingerprint {

    /** Prints the fingerprint of the store in {@code args[0]}; with a second argument {@code manifest}, that of its load manifest too. */
    public static void main(String[] args) {
        DatasetGraph store = Stores.openTdb2(Path.of(args[0]));
        boolean manifest = args.length > 1 && args[1].equals("manifest");
        System.out.println(of(store) + (manifest ? " manifest " + ofManifest(store) : ""));
    }

    public static String of(DatasetGraph store) {
        return of(
                store,
                () -> Iter.filter(
                        store.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY),
                        q -> q.isDefaultGraph() || Stores.isData(q.getGraph())));
    }

    /** The same for the load manifest, which {@link #of} leaves out. */
    public static String ofManifest(DatasetGraph store) {
        return of(store, () -> store.find(Stores.MANIFEST_GRAPH, Node.ANY, Node.ANY, Node.ANY));
    }

    private static String of(DatasetGraph store, Supplier<Iterator<Quad>> find) {
        return Txn.calculateRead(store, () -> {
            long count = 0, sum = 0, xor = 0;
            var quads = find.get();
            while (quads.hasNext()) {
                // Node hash codes come from their lexical forms, so they agree across JVMs.
                long hash = quads.next().hashCode() * 0x9E3779B97F4A7C15L;
                count++;
                sum += hash;
                xor ^= Long.rotateLeft(hash, 17);
            }
            return count + " " + Long.toHexString(sum) + Long.toHexString(xor);
        });
    }

    /** Runs {@link #main} in a second JVM and returns its answer. */
    public static String inFreshJvm(Path store) throws Exception {
        return inFreshJvm(store.toString());
    }

    /** The same, followed by the fingerprint of the store's default graph, the load manifest. */
    public static String withManifestInFreshJvm(Path store) throws Exception {
        return inFreshJvm(store.toString(), "manifest");
    }

    private static String inFreshJvm(String... args) throws Exception {
        Process process = Jvm.start(StoreFingerprint.class, args);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) throw new IllegalStateException("fingerprint failed: " + out);
        return out.lines().reduce((a, b) -> b).orElse("");
    }

    private StoreFingerprint() {}
}
