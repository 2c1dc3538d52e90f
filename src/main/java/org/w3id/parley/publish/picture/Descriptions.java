package org.w3id.parley.publish.picture;

import java.util.Map;
import java.util.TreeMap;

/** A picture's description in words, for its {@code <desc>}: what it counts, and what is deadlocked. */
final class Descriptions {
    private Descriptions() {}

    static String of(NegotiationGraph graph, int total) {
        Map<String, Integer> kinds = new TreeMap<>();
        graph.edges().forEach(e -> kinds.merge(e.kind(), 1, Integer::sum));
        StringBuilder text = new StringBuilder();
        text.append(graph.vertices().size())
                .append(" resources and ")
                .append(graph.edges().size())
                .append(" links");
        if (total > graph.edges().size()) text.append(" (of ").append(total).append(')');
        text.append(", each stated in a claim: ");
        StringBuilder counts = new StringBuilder();
        kinds.forEach((kind, n) -> counts.append(counts.length() == 0 ? "" : ", ")
                .append(n)
                .append(' ')
                .append(kind));
        text.append(counts).append('.');
        long refused = graph.edges().stream()
                .filter(e -> e.kind().equals(Edge.REFUSED_SEQUENCE))
                .count();
        long cycles = graph.edges().stream().filter(Edge::cycle).count();
        if (refused > 0)
            text.append(" Refused sequences (deadlocks) are marked: ")
                    .append(refused)
                    .append('.');
        if (cycles > 0)
            text.append(" Precondition links on a cycle: ").append(cycles).append('.');
        text.append(" Each resource links to its page; each link to the claim it rests on.");
        return text.toString();
    }
}
