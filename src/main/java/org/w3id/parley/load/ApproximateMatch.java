package org.w3id.parley.load;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;

/**
 * Finds a quote that is no longer word for word in its text, because the text was corrected or re-typeset: the span
 * near where it was expected that differs from the quote by the fewest edits, and by at most
 * {@value #MAX_EDIT_PERCENT}% of the quote's length. It is diff-match-patch's way, as Hypothesis anchors long quotes:
 * Bitap ({@code match_main}) can look for at most {@value #BITAP_MAX} characters, so it locates the quote's head and
 * tail (and the context around it, when known) near the expected place, and the whole span between is then measured
 * with {@code diff_main} and {@code diff_levenshtein}. Indexes are Java {@code char}s, as diff-match-patch counts.
 */
final class ApproximateMatch {
    /**
     * The most edits (insertions, deletions, substitutions) a re-anchored quote may differ by, as a percentage of its
     * length in code points, rounded down: a changed space, line break or quotation mark or two in a sentence, not a
     * different sentence. A quote of fewer than ten code points is never matched approximately.
     */
    static final int MAX_EDIT_PERCENT = 10;

    /** The longest pattern Bitap takes: diff-match-patch's {@code Match_MaxBits}. */
    private static final int BITAP_MAX = 32;

    /** A span of the text, {@code [from, to)} in chars, and how many edits away from the quote it is. */
    record Span(int from, int to, int edits) {}

    /** The most edits allowed for {@code words}. */
    static int maxEdits(String words) {
        return words.codePointCount(0, words.length()) * MAX_EDIT_PERCENT / 100;
    }

    /**
     * The span of {@code text} within {@link #maxEdits} of {@code words}, searched for around {@code expected} (where
     * the words would start), helped by the text the words had {@code before} and {@code after} them when known.
     */
    static Optional<Span> find(String text, String words, int expected, String before, String after) {
        int max = maxEdits(words);
        if (max == 0 || text.isEmpty()) return Optional.empty();
        DiffMatchPatch dmp = new DiffMatchPatch();
        // Proximity costs at most half the Bitap score anywhere in the text: an inserted page moves a quote far.
        dmp.matchDistance = Math.max(1000, 2 * text.length());
        int length = words.length();
        Set<Integer> starts = new LinkedHashSet<>();
        Set<Integer> ends = new LinkedHashSet<>();
        String head = head(words);
        String tail = tail(words);
        add(starts, dmp.matchMain(text, head, clamp(expected, text)), 0);
        add(ends, dmp.matchMain(text, tail, clamp(expected + length - tail.length(), text)), tail.length());
        if (!before.isEmpty()) {
            String context = tail(before);
            add(starts, dmp.matchMain(text, context, clamp(expected - context.length(), text)), context.length());
        }
        if (!after.isEmpty()) add(ends, dmp.matchMain(text, head(after), clamp(expected + length, text)), 0);
        starts.forEach(s -> ends.add(s + length));
        ends.forEach(e -> starts.add(e - length));

        Span best = null;
        for (int from : starts)
            for (int to : ends) {
                if (from < 0 || to > text.length() || to - from < length - max || to - from > length + max) continue;
                for (Span span : List.of(measure(dmp, text, words, from, to), refine(dmp, text, words, from, to, max)))
                    if (best == null || better(span, best, expected, length)) best = span;
            }
        return best != null && best.edits() <= max ? Optional.of(best) : Optional.empty();
    }

    /**
     * Fewest edits first; then nearest to where the quote was expected; then closest in length to the quote, so that
     * a quotation mark that changed from curly to straight at either end is kept in the span, not left out.
     */
    private static boolean better(Span span, Span best, int expected, int length) {
        if (span.edits() != best.edits()) return span.edits() < best.edits();
        int distance = Math.abs(span.from() - expected);
        int bestDistance = Math.abs(best.from() - expected);
        if (distance != bestDistance) return distance < bestDistance;
        return Math.abs(span.to() - span.from() - length) < Math.abs(best.to() - best.from() - length);
    }

    private static void add(Set<Integer> found, int at, int shift) {
        if (at >= 0) found.add(at + shift);
    }

    /**
     * The span the words align with in a window a little wider than {@code [from, to)}: the Bitap hits may be off by
     * the edits inside the head or tail.
     */
    private static Span refine(DiffMatchPatch dmp, String text, String words, int from, int to, int max) {
        int lo = Math.max(0, from - max);
        int hi = Math.min(text.length(), to + max);
        List<DiffMatchPatch.Diff> diffs = dmp.diffMain(words, text.substring(lo, hi), false);
        int start = lo + dmp.diffXIndex(diffs, 0);
        int end = lo + dmp.diffXIndex(diffs, words.length() - 1) + 1;
        return measure(dmp, text, words, start, Math.max(start + 1, Math.min(end, text.length())));
    }

    private static Span measure(DiffMatchPatch dmp, String text, String words, int from, int to) {
        // a span never splits a surrogate pair: offsets are counted in code points
        if (from > 0 && from < text.length() && Character.isLowSurrogate(text.charAt(from))) from--;
        if (to < text.length() && to > 0 && Character.isLowSurrogate(text.charAt(to))) to++;
        to = Math.min(to, text.length());
        List<DiffMatchPatch.Diff> diffs = new ArrayList<>(dmp.diffMain(words, text.substring(from, to), false));
        return new Span(from, to, dmp.diffLevenshtein(diffs));
    }

    private static String head(String s) {
        int n = Math.min(BITAP_MAX, s.length());
        if (n < s.length() && Character.isHighSurrogate(s.charAt(n - 1))) n--;
        return s.substring(0, n);
    }

    private static String tail(String s) {
        int from = Math.max(0, s.length() - BITAP_MAX);
        if (from > 0 && Character.isLowSurrogate(s.charAt(from))) from++;
        return s.substring(from);
    }

    private static int clamp(int at, String text) {
        return Math.max(0, Math.min(at, text.length()));
    }

    private ApproximateMatch() {}
}
