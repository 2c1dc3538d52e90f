package org.w3id.parley.publish.picture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.parley.publish.describe.SummaryQueries;

/**
 * Reads the picture's links and resources from the store: {@code publish/picture.rq} gives one row per link and claim,
 * merged here into one edge per link with all its claims; {@code publish/picture-nodes.rq} gives each resource's kind.
 */
public final class GraphExtraction {
    /** The kinds in the order a resource of several kinds is drawn as, the first that applies. */
    static final List<String> KINDS = List.of(
            "actor",
            "demand",
            "sequence",
            "proposal",
            "concession",
            "guarantee",
            "stage",
            "benefit",
            "outcome",
            "topic");

    private GraphExtraction() {}

    /** The whole negotiation as the store's claims state it. */
    public static NegotiationGraph from(SummaryQueries queries) {
        Map<String, Vertex> vertices = vertices(queries.rows("picture-nodes.rq", Map.of()));
        Map<List<String>, List<Claim>> claims = new LinkedHashMap<>();
        Map<List<String>, Binding> first = new HashMap<>();
        for (Binding row : queries.rows("picture.rq", Map.of())) {
            List<String> key = List.of(row.get("from").getURI(), row.get("to").getURI(), text(row.get("kind")));
            first.putIfAbsent(key, row);
            List<Claim> held = claims.computeIfAbsent(key, k -> new ArrayList<>());
            Node claimNode = row.get("claim");
            if (claimNode == null) continue;
            Claim claim = new Claim(claimNode.getURI(), labelOr(row.get("claimLabel"), claimNode));
            if (!held.contains(claim)) held.add(claim);
        }
        // who speaks for whom only for speakers drawn for what they do: the rest would be pairs cut off from it all
        Set<String> acting = new HashSet<>();
        claims.keySet().stream()
                .filter(key -> !key.get(2).equals(Edge.SPEAKS_FOR))
                .forEach(key -> {
                    acting.add(key.get(0));
                    acting.add(key.get(1));
                });
        claims.keySet().removeIf(key -> key.get(2).equals(Edge.SPEAKS_FOR) && !acting.contains(key.get(0)));
        List<Edge> edges = new ArrayList<>();
        Set<String> marked = new HashSet<>();
        claims.forEach((key, held) -> {
            Binding row = first.get(key);
            held.sort((a, b) -> a.iri().compareTo(b.iri()));
            boolean cycle = Boolean.parseBoolean(text(row.get("cycle")));
            Edge edge =
                    new Edge(key.get(0), key.get(1), key.get(2), text(row.get("relation")), cycle, List.copyOf(held));
            edges.add(edge);
            if (cycle) {
                marked.add(edge.from());
                marked.add(edge.to());
            }
            if (edge.kind().equals(Edge.REFUSED_SEQUENCE)) marked.add(edge.to());
        });
        Map<String, Vertex> known = new HashMap<>();
        vertices.forEach(
                (iri, v) -> known.put(iri, marked.contains(iri) ? new Vertex(iri, v.label(), v.kind(), true) : v));
        for (String iri : marked)
            known.computeIfAbsent(iri, i -> new Vertex(i, NegotiationGraph.localName(i), "other", true));
        return NegotiationGraph.of(edges, known);
    }

    private static Map<String, Vertex> vertices(List<Binding> rows) {
        Map<String, Vertex> vertices = new HashMap<>();
        for (Binding row : rows) {
            Node node = row.get("node");
            if (!node.isURI()) continue;
            String kind = text(row.get("kind"));
            Vertex seen = vertices.get(node.getURI());
            if (seen == null || KINDS.indexOf(kind) < KINDS.indexOf(seen.kind()))
                vertices.put(node.getURI(), new Vertex(node.getURI(), labelOr(row.get("label"), node), kind, false));
        }
        return vertices;
    }

    private static String labelOr(Node label, Node node) {
        return label != null && label.isLiteral()
                ? label.getLiteralLexicalForm()
                : NegotiationGraph.localName(node.getURI());
    }

    private static String text(Node node) {
        return node == null ? null : node.getLiteralLexicalForm();
    }
}
