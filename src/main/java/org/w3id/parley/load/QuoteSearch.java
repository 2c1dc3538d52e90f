package org.w3id.parley.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds a quote's words in a text and says where they are as the Web Annotation selectors do: offsets in Unicode code
 * points (not the UTF-16 units of a Java string), with up to {@value #CONTEXT} code points of context on each side,
 * fewer where the text ends.
 */
final class QuoteSearch {
    /** Context kept on each side of a quote, as in the project's hand-written selectors. */
    static final int CONTEXT = 32;

    /** Where the words are: {@code [start, end)} in code points, and the text just before and after them. */
    record Anchor(long start, long end, String exact, String prefix, String suffix) {}

    /** What the writer of the quote gave: the words, and what narrows their occurrences when they are not unique. */
    record Words(String exact, Optional<String> prefix, Optional<String> suffix, Optional<Long> occurrence) {}

    /**
     * The words are nowhere in the text, as opposed to being there but too often or not in the context given: the one
     * case a re-anchoring may look for them approximately.
     */
    static final class NotInText extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        NotInText(String message) {
            super(message);
        }
    }

    /**
     * The one place the words are meant to be.
     *
     * @throws IllegalArgumentException explaining why there is none, or more than one to choose from
     */
    static Anchor find(String text, Words words) {
        String exact = words.exact();
        if (exact.isEmpty()) throw new IllegalArgumentException("the quote is empty");
        List<Integer> all = occurrences(text, exact);
        if (all.isEmpty())
            throw new NotInText("the words \"" + exact + "\" are not in the text" + nearest(text, exact));
        List<Integer> matching = all.stream()
                .filter(at -> words.prefix()
                        .map(p -> text.startsWith(p, at - p.length()))
                        .orElse(true))
                .filter(at -> words.suffix()
                        .map(s -> text.startsWith(s, at + exact.length()))
                        .orElse(true))
                .toList();
        if (matching.isEmpty())
            throw new IllegalArgumentException("the words \"" + exact + "\" occur at " + offsets(text, all)
                    + " but none has the given quotePrefix/quoteSuffix around it");
        int at;
        if (words.occurrence().isPresent()) {
            long n = words.occurrence().get();
            if (n < 1 || n > matching.size())
                throw new IllegalArgumentException("quoteOccurrence " + n + ", but the words \"" + exact + "\" occur "
                        + matching.size() + " time(s), at " + offsets(text, matching));
            at = matching.get((int) n - 1);
        } else if (matching.size() > 1)
            throw new IllegalArgumentException("the words \"" + exact + "\" occur " + matching.size()
                    + " times, at code points " + offsets(text, matching)
                    + "; say which with parley:quotePrefix, parley:quoteSuffix or parley:quoteOccurrence");
        else at = matching.get(0);
        return anchorAt(text, at, exact);
    }

    /** The anchor of {@code exact}, which the text holds at char index {@code at}. */
    static Anchor anchorAt(String text, int at, String exact) {
        int endAt = at + exact.length();
        long start = text.codePointCount(0, at);
        long end = start + exact.codePointCount(0, exact.length());
        int before = (int) Math.min(CONTEXT, start);
        int after = Math.min(CONTEXT, text.codePointCount(endAt, text.length()));
        return new Anchor(
                start,
                end,
                exact,
                text.substring(text.offsetByCodePoints(at, -before), at),
                text.substring(endAt, text.offsetByCodePoints(endAt, after)));
    }

    /** How many times the words occur in the text. */
    static int count(String text, String exact) {
        return occurrences(text, exact).size();
    }

    /** Every start of the words in the text, overlapping ones included, that does not split a surrogate pair. */
    private static List<Integer> occurrences(String text, String exact) {
        List<Integer> found = new ArrayList<>();
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            boolean splitsPair = (at > 0 && Character.isLowSurrogate(text.charAt(at)))
                    || (at + exact.length() < text.length()
                            && Character.isLowSurrogate(text.charAt(at + exact.length())));
            if (!splitsPair) found.add(at);
        }
        return found;
    }

    private static String offsets(String text, List<Integer> at) {
        return at.stream()
                .map(i -> String.valueOf(text.codePointCount(0, i)))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * The longest start of the words that the text does hold, to show where a quote stops matching: most misses are a
     * typo or a straight quote where the text has a curly one.
     */
    private static String nearest(String text, String exact) {
        int lo = 0;
        int hi = exact.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (text.contains(exact.substring(0, mid))) lo = mid;
            else hi = mid - 1;
        }
        if (lo < Math.min(8, exact.length())) return "";
        int at = text.indexOf(exact.substring(0, lo));
        return "; the text has \"" + exact.substring(0, lo) + "\" at code point " + text.codePointCount(0, at)
                + ", then \"" + text.substring(at + lo, Math.min(text.length(), at + lo + 20))
                + "\" where the quote has \""
                + exact.substring(lo, Math.min(exact.length(), lo + 20)) + "\"";
    }

    private QuoteSearch() {}
}
