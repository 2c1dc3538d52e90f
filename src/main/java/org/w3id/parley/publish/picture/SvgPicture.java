package org.w3id.parley.publish.picture;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;

/**
 * Writes a {@link Drawing} as inline SVG: each resource a link to its page with its label, each link an arrow whose
 * tooltip names the claims it rests on and which links to the first of them. Every text from the data goes through
 * Guava's XML attribute escaper, which also replaces the control characters XML cannot hold. The colours are CSS
 * custom properties with a dark palette, each text colour at least 4.5:1 against its fill (WCAG AA); the same
 * classes draw the legend, which the template writes.
 */
final class SvgPicture {
    private static final Escaper ESCAPE = XmlEscapers.xmlAttributeEscaper();

    static final String STYLE = """
            svg.pp { --pp-text: #1a1a1a; --pp-edge: #4a5563; --pp-pre: #0b5cad; --pp-red: #b00020; --pp-cycle: #8a4b00;
              --pp-actor: #dbe9ff; --pp-actor-s: #0b5cad; --pp-demand: #fde8c8; --pp-demand-s: #8a4b00;
              --pp-concession: #e3f3e7; --pp-concession-s: #1e6b34; --pp-guarantee: #ebe4fa; --pp-guarantee-s: #5b3fa0;
              --pp-sequence: #fff3c4; --pp-sequence-s: #6b5200; --pp-other: #f1f3f6; --pp-other-s: #5b6470;
              font: 13px system-ui, sans-serif; }
            @media (prefers-color-scheme: dark) { svg.pp { --pp-text: #f2f2f2; --pp-edge: #a9b1bb; --pp-pre: #7ab7ff;
              --pp-red: #ff7b8a; --pp-cycle: #ffb454; --pp-actor: #12305a; --pp-actor-s: #7ab7ff; --pp-demand: #4a2c05;
              --pp-demand-s: #ffb454; --pp-concession: #133d22; --pp-concession-s: #6fd08c; --pp-guarantee: #2f2452;
              --pp-guarantee-s: #b9a3ff; --pp-sequence: #3d3200; --pp-sequence-s: #e6c84f; --pp-other: #2a2f36;
              --pp-other-s: #a9b1bb; } }
            .pp-node rect { fill: var(--pp-other); stroke: var(--pp-other-s); stroke-width: 1.5; }
            .pp-node text { fill: var(--pp-text); }
            .pp-actor rect { fill: var(--pp-actor); stroke: var(--pp-actor-s); }
            .pp-demand rect { fill: var(--pp-demand); stroke: var(--pp-demand-s); }
            .pp-concession rect { fill: var(--pp-concession); stroke: var(--pp-concession-s); }
            .pp-guarantee rect { fill: var(--pp-guarantee); stroke: var(--pp-guarantee-s); }
            .pp-sequence rect, .pp-proposal rect { fill: var(--pp-sequence); stroke: var(--pp-sequence-s); }
            .pp-node.pp-marked rect { stroke: var(--pp-red); stroke-width: 3; stroke-dasharray: 6 3; }
            .pp-node:hover rect, .pp-node:focus rect, .pp-focus rect { stroke-width: 3; }
            .pp-edge path { fill: none; stroke: var(--pp-edge); stroke-width: 1.5; }
            .pp-edge text { fill: var(--pp-edge); font-size: 11px; paint-order: stroke; stroke: Canvas; stroke-width: 3px; }
            .pp-edge .pp-arrow { fill: var(--pp-edge); stroke: none; }
            .pp-speaks-for path { stroke-dasharray: 2 3; }
            .pp-precondition path { stroke: var(--pp-pre); stroke-width: 2; }
            .pp-precondition text, .pp-precondition .pp-arrow { fill: var(--pp-pre); }
            .pp-refusal path { stroke: var(--pp-red); stroke-width: 2; stroke-dasharray: 7 4; }
            .pp-refusal text, .pp-refusal .pp-arrow { fill: var(--pp-red); }
            .pp-refused-sequence path { stroke-width: 3; }
            .pp-cycle path { stroke: var(--pp-cycle); stroke-width: 3; }
            .pp-cycle text, .pp-cycle .pp-arrow { fill: var(--pp-cycle); }
            .pp-edge:hover path, .pp-edge:focus path { stroke-width: 4; }
            """;

    private SvgPicture() {}

    /**
     * @param title what the picture shows, its accessible name
     * @param href where a browser finds an IRI's page, or null for no link
     * @param focus the resource whose page this is, drawn bolder and not linked, or null
     */
    static String write(Drawing d, String title, String description, Function<String, String> href, String focus) {
        StringBuilder svg = new StringBuilder(8192);
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pp\" role=\"group\" aria-labelledby=\"pp-title pp-desc\""
                        + " viewBox=\"0 0 %s %s\" width=\"%s\" height=\"%s\">%n",
                num(d.width()),
                num(d.height()),
                num(d.width()),
                num(d.height())));
        svg.append("<title id=\"pp-title\">").append(ESCAPE.escape(title)).append("</title>\n");
        svg.append("<desc id=\"pp-desc\">").append(ESCAPE.escape(description)).append("</desc>\n");
        svg.append("<style>\n").append(STYLE).append("</style>\n");
        svg.append("<g class=\"pp-edges\">\n");
        for (Drawing.Path p : d.paths()) edge(svg, p, d, href);
        svg.append("</g>\n<g class=\"pp-nodes\">\n");
        for (Drawing.Box b : d.boxes()) node(svg, b, b.vertex().iri().equals(focus) ? iri -> null : href, focus);
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    private static void node(StringBuilder svg, Drawing.Box b, Function<String, String> href, String focus) {
        Vertex v = b.vertex();
        String link = href.apply(v.iri());
        String classes = "pp-node pp-" + v.kind() + (v.marked() ? " pp-marked" : "")
                + (v.iri().equals(focus) ? " pp-focus" : "");
        open(svg, link, classes, v.iri());
        svg.append("<title>")
                .append(ESCAPE.escape(v.label() + " (" + v.kind() + (v.marked() ? ", deadlocked" : "") + ")"))
                .append("</title>");
        svg.append(String.format(
                Locale.ROOT,
                "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"%s\"/>",
                num(b.x()),
                num(b.y()),
                num(b.width()),
                num(b.height()),
                v.kind().equals("actor") ? "12" : "3"));
        double cx = b.x() + b.width() / 2;
        double top = b.y() + LabelMetrics.PADDING_Y + LabelMetrics.LINE_HEIGHT - 4;
        svg.append(String.format(Locale.ROOT, "<text text-anchor=\"middle\" x=\"%s\" y=\"%s\">", num(cx), num(top)));
        List<String> lines = b.lines();
        for (int i = 0; i < lines.size(); i++)
            svg.append(String.format(
                            Locale.ROOT,
                            "<tspan x=\"%s\" dy=\"%s\">",
                            num(cx),
                            i == 0 ? "0" : num(LabelMetrics.LINE_HEIGHT)))
                    .append(ESCAPE.escape(lines.get(i)))
                    .append("</tspan>");
        svg.append("</text>");
        close(svg, link);
    }

    private static void edge(StringBuilder svg, Drawing.Path p, Drawing d, Function<String, String> href) {
        Edge e = p.edge();
        List<Drawing.Point> points = p.points();
        if (points.size() < 2) return;
        String classes = "pp-edge pp-" + e.kind().replace(' ', '-')
                + (e.refusal() ? " pp-refusal" : "")
                + (e.cycle() ? " pp-cycle" : "");
        String link = e.claims().isEmpty() ? null : href.apply(e.claims().get(0).iri());
        open(svg, link, classes, null);
        svg.append("<title>").append(ESCAPE.escape(tooltip(e, d))).append("</title>");
        svg.append("<path d=\"")
                .append(points.stream()
                        .map(pt -> num(pt.x()) + "," + num(pt.y()))
                        .collect(Collectors.joining(" L", "M", "")))
                .append("\"/>");
        arrowHead(svg, points.get(points.size() - 2), points.get(points.size() - 1));
        svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%s\" y=\"%s\">",
                        num(p.labelX() + 2),
                        num(p.labelY() + LabelMetrics.EDGE_LABEL_HEIGHT - 3)))
                .append(ESCAPE.escape(e.caption()))
                .append("</text>");
        close(svg, link);
    }

    /** A filled triangle at the end of the last segment, pointing along it (markers cannot take the edge's class). */
    private static void arrowHead(StringBuilder svg, Drawing.Point from, Drawing.Point to) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double length = Math.hypot(dx, dy);
        if (length == 0) return;
        double ux = dx / length;
        double uy = dy / length;
        double size = 8;
        double bx = to.x() - ux * size;
        double by = to.y() - uy * size;
        svg.append(String.format(
                Locale.ROOT,
                "<path class=\"pp-arrow\" d=\"M%s,%s L%s,%s L%s,%s Z\"/>",
                num(to.x()),
                num(to.y()),
                num(bx - uy * size / 2),
                num(by + ux * size / 2),
                num(bx + uy * size / 2),
                num(by - ux * size / 2)));
    }

    /** What a link says, in words: its ends, the relation, and the claims it rests on. */
    static String tooltip(Edge e, Drawing d) {
        String from = label(e.from(), d);
        String to = label(e.to(), d);
        String what = switch (e.kind()) {
            case Edge.PRECONDITION ->
                from + " is a precondition for " + to + (e.cycle() ? " (on a precondition cycle)" : "");
            case Edge.REFUSED_SEQUENCE ->
                from + " " + e.caption() + " " + to + " (a refused sequence: another party requires it)";
            default -> from + " — " + e.caption() + " → " + to;
        };
        if (e.claims().isEmpty()) return what + ". From the description of the actors, not a claim.";
        String claims = e.claims().stream().map(Claim::label).collect(Collectors.joining("; "));
        return what + ". " + (e.claims().size() == 1 ? "Claim: " : "Claims: ") + claims;
    }

    private static String label(String iri, Drawing d) {
        return d.boxes().stream()
                .filter(b -> b.vertex().iri().equals(iri))
                .map(b -> b.vertex().label())
                .findFirst()
                .orElse(iri);
    }

    private static void open(StringBuilder svg, String link, String classes, String iri) {
        svg.append(link == null ? "<g" : "<a href=\"" + ESCAPE.escape(link) + "\"");
        svg.append(" class=\"").append(classes).append('"');
        if (iri != null) svg.append(" data-iri=\"").append(ESCAPE.escape(iri)).append('"');
        svg.append('>');
    }

    private static void close(StringBuilder svg, String link) {
        svg.append(link == null ? "</g>\n" : "</a>\n");
    }

    /** Coordinates to two decimals at most, the same digits on every machine. */
    static String num(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }
}
