package org.w3id.parley.generate;

/**
 * Builds an article's text sentence by sentence and says where each sentence landed, so quote
 * selectors are computed from the text as built rather than searched for afterwards (a sentence may
 * well occur twice). Generated text is ASCII only, so a Java char offset is also the code-point
 * offset the selectors are defined in.
 */
final class ArticleText {
    /** Longest oa:prefix / oa:suffix the shapes allow. */
    static final int CONTEXT = 32;

    /** Where a sentence sits in the text: code points, end exclusive. */
    record Span(int start, int end) {}

    private final StringBuilder text = new StringBuilder();
    private boolean paragraphOpen;

    /** Appends a sentence to the current paragraph and returns where it is. */
    Span sentence(String sentence) {
        if (sentence.isEmpty() || !sentence.chars().allMatch(c -> c >= 0x20 && c < 0x7f))
            throw new IllegalArgumentException("generated sentences are non-empty printable ASCII: " + sentence);
        if (paragraphOpen) text.append(' ');
        int start = text.length();
        text.append(sentence);
        paragraphOpen = true;
        return new Span(start, text.length());
    }

    /** Ends the current paragraph; the next sentence starts a new one. */
    void paragraph() {
        if (paragraphOpen) text.append("\n\n");
        paragraphOpen = false;
    }

    /** A plain first line (the dateline), as articles have one before the body. */
    void line(String line) {
        text.append(line).append("\n\n");
    }

    String text() {
        return text.toString().stripTrailing();
    }

    /** Up to {@link #CONTEXT} characters before the span in the finished text ("" at its start). */
    static String prefix(String text, Span span) {
        return text.substring(Math.max(0, span.start() - CONTEXT), span.start());
    }

    /** Up to {@link #CONTEXT} characters after the span in the finished text ("" at its end). */
    static String suffix(String text, Span span) {
        return text.substring(span.end(), Math.min(text.length(), span.end() + CONTEXT));
    }
}
