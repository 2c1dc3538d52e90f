package org.w3id.parley.publish.picture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The resources and links of a picture, in a fixed order (vertices by IRI, edges by their ends and kind), so the same
 * data always gives the same layout. Every vertex is the end of some edge.
 */
public record NegotiationGraph(List<Vertex> vertices, List<Edge> edges) {
    private static final Comparator<Edge> ORDER =
            Comparator.comparing(Edge::from).thenComparing(Edge::to).thenComparing(Edge::kind);

    /** The graph of {@code edges}, with those of their ends {@code known} describes; the others as {@code other}. */
    static NegotiationGraph of(Collection<Edge> edges, Map<String, Vertex> known) {
        List<Edge> sorted = new ArrayList<>(edges);
        sorted.sort(ORDER);
        Set<String> ends = new HashSet<>();
        for (Edge e : sorted) {
            ends.add(e.from());
            ends.add(e.to());
        }
        List<Vertex> vertices = ends.stream()
                .sorted()
                .map(iri -> known.getOrDefault(iri, new Vertex(iri, localName(iri), "other", false)))
                .toList();
        return new NegotiationGraph(vertices, List.copyOf(sorted));
    }

    /**
     * The links of the resource {@code iri} and the resources at their other ends; for a claim, the links it states.
     */
    public NegotiationGraph around(String iri) {
        return keep(e -> e.from().equals(iri)
                || e.to().equals(iri)
                || e.claims().stream().anyMatch(c -> c.iri().equals(iri)));
    }

    /** The links among {@code iris}: both ends among them. */
    public NegotiationGraph among(Set<String> iris) {
        return keep(e -> iris.contains(e.from()) && iris.contains(e.to()));
    }

    /** The first {@code max} links. */
    public NegotiationGraph limit(int max) {
        return edges.size() <= max ? this : of(edges.subList(0, max), byIri());
    }

    /** Nothing worth a picture: fewer than two links, which the page's tables say as well. */
    public boolean trivial() {
        return edges.size() < 2;
    }

    public Vertex vertex(String iri) {
        return byIri().get(iri);
    }

    private NegotiationGraph keep(Predicate<Edge> wanted) {
        return of(edges.stream().filter(wanted).toList(), byIri());
    }

    private Map<String, Vertex> byIri() {
        Map<String, Vertex> map = new LinkedHashMap<>();
        vertices.forEach(v -> map.put(v.iri(), v));
        return map;
    }

    static String localName(String iri) {
        String tail = iri.replaceAll("[/#]+$", "");
        return tail.substring(Math.max(tail.lastIndexOf('/'), tail.lastIndexOf('#')) + 1);
    }
}
