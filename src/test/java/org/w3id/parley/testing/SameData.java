package org.w3id.parley.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.w3id.parley.store.Stores;
import org.w3id.parley.vocab.Prefixes;

/**
 * Whether two stores hold the same data: every named graph (the inferred graph included) and the default graph (the
 * reading view), the load manifest apart, equal up to the labels of blank nodes. The inferred graph's {@code owl:Axiom}
 * annotations are blank nodes minted anew by every load, so a digest of the quads as stored ({@link StoreFingerprint})
 * cannot compare two loads; Jena's {@link IsoMatcher} can. When they differ, the quads only one side holds are listed,
 * each blank node written as what it says ({@code [ owl:annotatedSource id:… ; parley:restsOn id:… ]}), so a failure
 * names the entailment or the claim that went wrong. A statement of the report is a quad, or a blank node with all its
 * graph says of it.
 */
public final class SameData {
    /** Lines of each side's difference shown; the count says how many there were. */
    private static final int SHOWN = 30;

    /** The differences between the data of the two stores, none when they hold the same; read inside transactions. */
    public static List<String> differences(DatasetGraph expected, DatasetGraph actual) {
        return differencesOfCopies(dataOf(expected), dataOf(actual));
    }

    /** The data quads of {@code store} (every graph but the load manifest), copied into memory. */
    public static DatasetGraph dataOf(DatasetGraph store) {
        DatasetGraph copy = DatasetGraphFactory.create();
        Txn.executeRead(
                store,
                () -> store.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (q.isDefaultGraph()) copy.add(Quad.create(Quad.defaultGraphIRI, q.asTriple()));
                    else if (Stores.isData(q.getGraph())) copy.add(q);
                }));
        return copy;
    }

    /** The same for two in-memory datasets holding data quads only, as {@link #dataOf} copies them. */
    public static List<String> differencesOfCopies(DatasetGraph expected, DatasetGraph actual) {
        if (IsoMatcher.isomorphic(expected, actual)) return List.of();
        Map<String, Integer> counts = new TreeMap<>();
        described(expected).forEach(line -> counts.merge(line, 1, Integer::sum));
        described(actual).forEach(line -> counts.merge(line, -1, Integer::sum));
        List<String> onlyExpected = only(counts, 1);
        List<String> onlyActual = only(counts, -1);
        List<String> report = new ArrayList<>();
        if (onlyExpected.isEmpty() && onlyActual.isEmpty())
            report.add("not isomorphic, though every quad has a counterpart described alike:"
                    + " blank nodes are shared differently between quads");
        section(report, "expected but missing", onlyExpected);
        section(report, "present but not expected", onlyActual);
        return report;
    }

    private static List<String> only(Map<String, Integer> counts, int sign) {
        List<String> lines = new ArrayList<>();
        counts.forEach((line, n) -> {
            for (int i = 0; i < n * sign; i++) lines.add(line);
        });
        return lines;
    }

    private static void section(List<String> report, String title, List<String> lines) {
        if (lines.isEmpty()) return;
        report.add(lines.size() + " statement(s) " + title + ":");
        lines.stream().limit(SHOWN).forEach(line -> report.add("  " + line));
        if (lines.size() > SHOWN) report.add("  … and " + (lines.size() - SHOWN) + " more");
    }

    /**
     * Every quad as a line, but those of a blank node, which is one line, its description in its graph: an axiom that
     * lost one {@code parley:restsOn} is one line missing and one line not expected, side by side.
     */
    private static List<String> described(DatasetGraph data) {
        List<String> lines = new ArrayList<>();
        Set<List<Node>> blanks = new HashSet<>();
        data.find().forEachRemaining(q -> {
            Node g = q.getGraph();
            String graph = Quad.isDefaultGraph(g) ? "default" : str(g);
            if (q.getSubject().isBlank()) {
                if (blanks.add(List.of(g, q.getSubject())))
                    lines.add(graph + " | " + node(data, g, q.getSubject(), Set.of()));
            } else
                lines.add(graph + " | " + str(q.getSubject()) + " " + str(q.getPredicate()) + " "
                        + node(data, g, q.getObject(), Set.of()));
        });
        return lines;
    }

    /**
     * A blank node as the sorted list of what its graph says of it, recursively; one already being described (a cycle
     * of blank nodes) is written {@code [...]}.
     */
    private static String node(DatasetGraph data, Node graph, Node node, Set<Node> open) {
        if (!node.isBlank()) return str(node);
        if (open.contains(node)) return "[...]";
        Set<Node> inside = new HashSet<>(open);
        inside.add(node);
        return Iter.toList(data.find(graph, node, Node.ANY, Node.ANY)).stream()
                .map(q -> str(q.getPredicate()) + " " + node(data, graph, q.getObject(), inside))
                .sorted()
                .collect(Collectors.joining(" ; ", "[ ", " ]"));
    }

    /** An IRI in a namespace Parley writes as {@code prefix:rest}, whatever the rest (Turtle would refuse a slash). */
    private static String str(Node node) {
        if (node.isURI())
            for (Map.Entry<String, String> ns : Prefixes.COMMON.entrySet())
                if (node.getURI().startsWith(ns.getValue()))
                    return ns.getKey() + ":"
                            + node.getURI().substring(ns.getValue().length());
        return NodeFmtLib.strNT(node);
    }

    private SameData() {}
}
