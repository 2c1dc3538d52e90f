package org.w3id.parley.publish.describe;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.parley.store.Stores;
import org.w3id.parley.vocab.ParleyId;
import org.w3id.parley.vocab.Prefixes;

/**
 * Builds a {@link Description} straight from the store's quads, so each statement keeps the graphs it
 * came from. Sizes are bounded: a resource with thousands of incoming links is described page by page.
 */
public final class Describer {
    public static final int OUTGOING_LIMIT = 2_000;
    public static final int CONTENTS_LIMIT = 2_000;
    public static final int INCOMING_PAGE = 200;
    public static final int LAST_PAGE = 1_000;
    /** How many links into a resource are searched for fragments of its own document (annotations pointing at it). */
    private static final int FRAGMENT_SCAN = 10_000;

    private final DatasetGraph store;
    private final Labels labels;

    public Describer(DatasetGraph store, Labels labels) {
        this.store = store;
        this.labels = labels;
    }

    /** Describes {@code subject}; {@code page} counts incoming links from 0. */
    public Description describe(Node subject, int page) {
        int bounded = Math.max(0, Math.min(page, LAST_PAGE));
        return Txn.calculateRead(store, () -> build(subject, bounded));
    }

    private Description build(Node subject, int page) {
        Map<Triple, Set<Node>> sources = new LinkedHashMap<>();
        List<Triple> outgoing = outgoing(subject, sources);
        List<Triple> incoming = new ArrayList<>();
        boolean more = incoming(subject, page, incoming, sources);

        // A graph name (a claim's, the entities graph, the inferred one) is described with its contents, up to a limit.
        Graph contents = GraphFactory.createDefaultGraph();
        boolean truncated = outgoing.size() >= OUTGOING_LIMIT;
        if (subject.isURI() && store.containsGraph(subject)) {
            Iterator<Triple> triples = store.getGraph(subject).find();
            while (triples.hasNext() && contents.size() < CONTENTS_LIMIT) contents.add(triples.next());
            truncated |= triples.hasNext();
        }

        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(Prefixes.COMMON);
        // Served as plain triples, a statement is a fact: only what the reading view (the default graph) holds. A
        // position stays in the graph of each claim that holds it, which the TriG view and the page show.
        Graph view = store.getDefaultGraph();
        outgoing.stream().filter(view::contains).forEach(graph::add);
        incoming.stream().filter(view::contains).forEach(graph::add);
        Set<Node> linked = new LinkedHashSet<>();
        outgoing.forEach(t -> linked.add(t.getObject()));
        incoming.forEach(t -> linked.add(t.getSubject()));
        graph.find().forEach(t -> {
            linked.add(t.getSubject());
            linked.add(t.getPredicate());
            linked.add(t.getObject());
        });
        contents.find().forEach(t -> {
            linked.add(t.getSubject());
            linked.add(t.getPredicate());
            linked.add(t.getObject());
        });
        labels.labelTriples(linked).forEach(graph::add);
        return new Description(subject, graph, outgoing, incoming, sources, contents, page, more, truncated);
    }

    /** The subject's statements and those of the fragments of its document that it reaches or is reached from. */
    private List<Triple> outgoing(Node subject, Map<Triple, Set<Node>> sources) {
        List<Triple> triples = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(subject));
        Set<Node> seen = new HashSet<>(todo);
        String document = subject.isURI() ? documentOf(subject.getURI()) : null;
        while (!todo.isEmpty() && triples.size() < OUTGOING_LIMIT) {
            Node node = todo.poll();
            Iterator<Quad> quads = store.find(Node.ANY, node, Node.ANY, Node.ANY);
            while (quads.hasNext() && triples.size() < OUTGOING_LIMIT) {
                Quad quad = quads.next();
                if (quad.isDefaultGraph() || !Stores.isData(quad.getGraph())) continue;
                record(quad, triples, sources);
                Node object = quad.getObject();
                if (sameDocument(object, document) && seen.add(object)) todo.add(object);
            }
            if (!node.equals(subject)) continue;
            // A document that says nothing itself (the article's annotation/dateline) is what its anchoring's
            // fragments say: pages link it, and a 404 there would break them.
            if (triples.isEmpty() && document != null && document.equals(subject.getURI()))
                for (String part : ParleyId.ANCHOR_FRAGMENTS) {
                    Node fragment = ParleyId.anchorFragment(subject, part);
                    if (store.contains(Node.ANY, fragment, Node.ANY, Node.ANY) && seen.add(fragment))
                        todo.add(fragment);
                }
            // A fragment that points at the subject (an annotation's body) belongs to the same document.
            Iterator<Quad> pointing = store.find(Node.ANY, Node.ANY, Node.ANY, node);
            for (int scanned = 0; pointing.hasNext() && scanned < FRAGMENT_SCAN; scanned++) {
                Node from = pointing.next().getSubject();
                if (sameDocument(from, document) && seen.add(from)) todo.add(from);
            }
        }
        return triples;
    }

    private boolean incoming(Node subject, int page, List<Triple> triples, Map<Triple, Set<Node>> sources) {
        String document = subject.isURI() ? documentOf(subject.getURI()) : null;
        long first = (long) page * INCOMING_PAGE;
        Map<Triple, Integer> positions = new HashMap<>();
        Iterator<Quad> quads = store.find(Node.ANY, Node.ANY, Node.ANY, subject);
        while (quads.hasNext()) {
            Quad quad = quads.next();
            if (quad.isDefaultGraph() || !Stores.isData(quad.getGraph()) || sameDocument(quad.getSubject(), document))
                continue;
            int position = positions.computeIfAbsent(quad.asTriple(), t -> positions.size());
            if (position >= first + INCOMING_PAGE) return true;
            if (position >= first) record(quad, triples, sources);
        }
        return false;
    }

    private static void record(Quad quad, List<Triple> triples, Map<Triple, Set<Node>> sources) {
        Triple triple = quad.asTriple();
        Set<Node> graphs = sources.get(triple);
        if (graphs == null) {
            graphs = new LinkedHashSet<>();
            sources.put(triple, graphs);
            triples.add(triple);
        }
        graphs.add(quad.getGraph());
    }

    private static boolean sameDocument(Node node, String document) {
        return document != null && node.isURI() && node.getURI().startsWith(document + "#");
    }

    static String documentOf(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? iri : iri.substring(0, hash);
    }
}
