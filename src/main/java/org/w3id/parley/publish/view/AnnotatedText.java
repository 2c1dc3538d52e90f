package org.w3id.parley.publish.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.parley.query.Evidence;

/**
 * A source's text as a reader sees it, with every claim's words highlighted in place: paragraphs where the text has a
 * blank line, line breaks where it has one newline, and each quote marked at its {@code oa:TextPositionSelector}
 * offsets (code points, as the selectors count them, turned into Java's UTF-16 indexes here).
 *
 * <p>Quotes overlap and nest (a claim's sentence holds another claim's clause), and links cannot nest in HTML, so the
 * text is cut at every quote's start and end into segments: a segment inside several quotes is one highlight that
 * links to the shortest of them (the most specific claim, which so keeps a link of its own even inside a longer
 * quote) and names them all, speaker and modality, in its title; {@code data-claims} lists every claim it belongs to,
 * so a claim's words are the text of the segments that name it.
 */
final class AnnotatedText {
    /** A blank line (perhaps with spaces, perhaps several) ends a paragraph. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");

    record Segment(String text, boolean highlighted, String href, String title, String claims) {}

    record Line(boolean first, List<Segment> segments) {}

    record Paragraph(List<Line> lines) {}

    /** One quote, at Java indexes into the text. */
    private record Span(int from, int to, Evidence evidence, Link claim) {
        int length() {
            return to - from;
        }
    }

    private AnnotatedText() {}

    /**
     * @param quotes the evidence of the claims anchored in {@code text}; one whose offsets do not hold its words (a
     *     text changed since) is left out rather than marked in the wrong place
     */
    static List<Paragraph> of(String text, List<Evidence> quotes, Links links) {
        List<Span> spans = new ArrayList<>();
        for (Evidence quote : quotes) {
            try {
                int from = text.offsetByCodePoints(0, Math.toIntExact(quote.start()));
                int to = text.offsetByCodePoints(from, Math.toIntExact(quote.end() - quote.start()));
                if (text.substring(from, to).equals(quote.quote()))
                    spans.add(new Span(from, to, quote, links.link(quote.claim(), quote.label())));
            } catch (IndexOutOfBoundsException | ArithmeticException ex) {
                // offsets outside the text: nothing to mark
            }
        }
        spans.sort(Comparator.comparingInt(Span::from)
                .thenComparing(Comparator.comparingInt(Span::length).reversed()));
        TreeSet<Integer> cuts = new TreeSet<>();
        spans.forEach(s -> {
            cuts.add(s.from());
            cuts.add(s.to());
        });

        List<Paragraph> paragraphs = new ArrayList<>();
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        int start = 0;
        while (start <= text.length()) {
            boolean found = breaks.find();
            int end = found ? breaks.start() : text.length();
            if (end > start) paragraphs.add(paragraph(text, start, end, spans, cuts));
            if (!found) break;
            start = breaks.end();
        }
        return paragraphs;
    }

    private static Paragraph paragraph(String text, int from, int to, List<Span> spans, NavigableSet<Integer> cuts) {
        List<Line> lines = new ArrayList<>();
        int start = from;
        while (true) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 || newline >= to ? to : newline;
            lines.add(new Line(lines.isEmpty(), segments(text, start, end, spans, cuts)));
            if (end == to) break;
            start = end + 1;
        }
        return new Paragraph(lines);
    }

    private static List<Segment> segments(String text, int from, int to, List<Span> spans, NavigableSet<Integer> cuts) {
        List<Segment> segments = new ArrayList<>();
        int start = from;
        while (start < to) {
            Integer next = cuts.higher(start);
            int end = next == null || next > to ? to : next;
            segments.add(segment(text.substring(start, end), covering(spans, start, end)));
            start = end;
        }
        return segments;
    }

    private static List<Span> covering(List<Span> spans, int from, int to) {
        return spans.stream().filter(s -> s.from() <= from && to <= s.to()).toList();
    }

    private static Segment segment(String text, List<Span> covering) {
        if (covering.isEmpty()) return new Segment(text, false, null, null, null);
        List<Span> innermostFirst =
                covering.stream().sorted(Comparator.comparingInt(Span::length)).toList();
        Span shortest = innermostFirst.get(0);
        List<String> titles = new ArrayList<>();
        List<String> claims = new ArrayList<>();
        for (Span span : innermostFirst) {
            Evidence e = span.evidence();
            titles.add(e.speakerLabel() + " (" + e.modalityLabel() + "): " + e.label());
            claims.add(e.claim());
        }
        return new Segment(text, true, shortest.claim().href(), String.join("\n", titles), String.join(" ", claims));
    }
}
