package org.w3id.parley.load;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.parley.store.Stores;
import org.w3id.parley.vocab.Parley;
import org.w3id.parley.vocab.Prov;

/**
 * What each loaded file wrote, kept in its own named graph ({@link Stores#MANIFEST_GRAPH}), which every reader but the
 * loader leaves out. It lets a reload replace a file's graphs
 * instead of piling up stale ones, and lets {@code serve} tell whether the files changed since.
 *
 * <pre>
 * [] dcterms:identifier "digest of the file's real path" ; parley:sha256 "digest of its content" ;
 *    dcterms:extent "its size in bytes"^^xsd:long ; dcterms:modified "its last modification"^^xsd:dateTime ;
 *    dcterms:hasPart &lt;graph&gt;, … ; prov:used "the name its parley:textFile gave a text it read", … .
 * </pre>
 * (The served SPARQL, Graph Store Protocol and SPARQL Update neither see nor write it, see {@code serve/QueryLimits}
 * and {@code serve/GraphStoreView}. It holds digests and graph names only.)
 */
final class LoadManifest {
    private static final Node DEFAULT = Stores.MANIFEST_GRAPH;
    private static final Node IDENTIFIER = DCTerms.identifier.asNode();
    private static final Node HAS_PART = DCTerms.hasPart.asNode();
    private static final Node MODIFIED = DCTerms.modified.asNode();
    private static final Node EXTENT = DCTerms.extent.asNode();
    /** A loaded folder's record names the files (by key) it held, so files deleted since can be dropped. */
    private static final Node HAS_MEMBER = Prov.hadMember;
    /** A file's record names the source texts it read ({@code parley:textFile}), by the name it gave them. */
    private static final Node USED = Prov.used;

    static Optional<String> sha256(DatasetGraph store, String key) {
        return record(store, key).flatMap(r -> object(store, r, Parley.sha256)).map(Node::getLiteralLexicalForm);
    }

    /** The size and modification time the file had when it was loaded. */
    static Optional<FileStamp> stamp(DatasetGraph store, String key) {
        return record(store, key)
                .flatMap(r -> object(store, r, EXTENT)
                        .flatMap(size -> object(store, r, MODIFIED)
                                .map(modified -> new FileStamp(
                                        Long.parseLong(size.getLiteralLexicalForm()),
                                        modified.getLiteralLexicalForm()))));
    }

    static Set<Node> graphs(DatasetGraph store, String key) {
        return record(store, key)
                .map(r -> Set.copyOf(store.getGraph(DEFAULT)
                        .find(r, HAS_PART, Node.ANY)
                        .mapWith(Triple::getObject)
                        .toList()))
                .orElse(Set.of());
    }

    static void replace(DatasetGraph store, String key, String sha256, FileStamp stamp, Set<Node> graphs) {
        record(store, key).ifPresent(r -> store.deleteAny(DEFAULT, r, Node.ANY, Node.ANY));
        Node r = NodeFactory.createBlankNode();
        store.add(DEFAULT, r, IDENTIFIER, NodeFactory.createLiteralString(key));
        store.add(DEFAULT, r, Parley.sha256, NodeFactory.createLiteralString(sha256));
        store.add(DEFAULT, r, EXTENT, NodeFactory.createLiteralDT(Long.toString(stamp.size()), XSDDatatype.XSDlong));
        store.add(DEFAULT, r, MODIFIED, NodeFactory.createLiteralDT(stamp.modified(), XSDDatatype.XSDdateTime));
        graphs.forEach(g -> store.add(DEFAULT, r, HAS_PART, g));
    }

    /**
     * Records that the file read the text files named (as its {@code parley:textFile} gave them, relative to its folder,
     * so no local path is kept), each with a record of its own, so that a changed text makes the file out of date.
     */
    static void replaceTexts(DatasetGraph store, String key, Map<String, TextRecord> texts) {
        record(store, key).ifPresent(r -> {
            store.deleteAny(DEFAULT, r, USED, Node.ANY);
            texts.forEach((name, text) -> {
                store.add(DEFAULT, r, USED, NodeFactory.createLiteralString(name));
                replace(store, text.key(), text.sha256(), text.stamp(), Set.of());
            });
        });
    }

    /** A text file as read by a load: its key, digest and stamp. */
    record TextRecord(String key, String sha256, FileStamp stamp) {}

    /** The names of the text files the file read, as its {@code parley:textFile} gave them. */
    static Set<String> texts(DatasetGraph store, String key) {
        return record(store, key)
                .map(r -> Set.copyOf(store.getGraph(DEFAULT)
                        .find(r, USED, Node.ANY)
                        .mapWith(n -> n.getObject().getLiteralLexicalForm())
                        .toList()))
                .orElse(Set.of());
    }

    /** Forgets a file's record, and returns the graphs it wrote: the caller drops them. */
    static Set<Node> forget(DatasetGraph store, String key) {
        Set<Node> graphs = graphs(store, key);
        record(store, key).ifPresent(r -> store.deleteAny(DEFAULT, r, Node.ANY, Node.ANY));
        return graphs;
    }

    /** The keys of the files a folder held when it was last loaded. */
    static Set<String> members(DatasetGraph store, String folderKey) {
        return record(store, folderKey)
                .map(r -> Set.copyOf(store.getGraph(DEFAULT)
                        .find(r, HAS_MEMBER, Node.ANY)
                        .mapWith(n -> n.getObject().getLiteralLexicalForm())
                        .toList()))
                .orElse(Set.of());
    }

    /** Records that the folder {@code folderKey} holds {@code fileKey}, if that folder was ever loaded. */
    static void addMember(DatasetGraph store, String folderKey, String fileKey) {
        record(store, folderKey)
                .ifPresent(r -> store.add(DEFAULT, r, HAS_MEMBER, NodeFactory.createLiteralString(fileKey)));
    }

    static void replaceMembers(DatasetGraph store, String folderKey, Set<String> fileKeys) {
        record(store, folderKey).ifPresent(r -> store.deleteAny(DEFAULT, r, Node.ANY, Node.ANY));
        Node r = NodeFactory.createBlankNode();
        store.add(DEFAULT, r, IDENTIFIER, NodeFactory.createLiteralString(folderKey));
        fileKeys.forEach(k -> store.add(DEFAULT, r, HAS_MEMBER, NodeFactory.createLiteralString(k)));
    }

    private static Optional<Node> record(DatasetGraph store, String key) {
        return store.getGraph(DEFAULT)
                .find(Node.ANY, IDENTIFIER, NodeFactory.createLiteralString(key))
                .mapWith(Triple::getSubject)
                .nextOptional();
    }

    private static Optional<Node> object(DatasetGraph store, Node subject, Node property) {
        return store.getGraph(DEFAULT)
                .find(subject, property, Node.ANY)
                .mapWith(Triple::getObject)
                .nextOptional();
    }

    private LoadManifest() {}
}
