package org.w3id.parley.testing;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.parley.store.Stores;
import org.w3id.parley.vocab.Parley;

/**
 * The digests the loader keeps in its manifest graph ({@link Stores#MANIFEST_GRAPH}): of each file's content
 * ({@code parley:sha256}) and of its path ({@code dcterms:identifier}). A test that finds none of them in what a client
 * got knows the manifest stayed hidden. Left out: the digest of a source text the load read ({@code parley:textFile}),
 * which the data publishes as that text's own {@code parley:sha256}.
 */
public final class ManifestDigests {

    public static Set<Node> of(DatasetGraph store) {
        Set<Node> digests = Txn.calculateRead(
                store,
                () -> Set.copyOf(store.getGraph(Stores.MANIFEST_GRAPH)
                        .find()
                        .filterKeep(t -> t.getPredicate().equals(Parley.sha256)
                                || t.getPredicate().equals(DCTerms.identifier.asNode()))
                        .mapWith(Triple::getObject)
                        .filterDrop(digest -> store.getUnionGraph().contains(Node.ANY, Parley.sha256, digest))
                        .toList()));
        if (digests.isEmpty()) throw new IllegalStateException("the store has no load manifest to hide");
        return digests;
    }

    private ManifestDigests() {}
}
