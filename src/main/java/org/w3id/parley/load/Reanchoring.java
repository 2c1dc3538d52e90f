package org.w3id.parley.load;

import java.util.Optional;

import org.w3id.parley.load.AnchorMove.Kind;
import org.w3id.parley.load.QuoteSearch.Anchor;
import org.w3id.parley.load.QuoteSearch.Words;

/**
 * Finds a quote again in a text that may have changed since it was anchored: the same words where they were, else the
 * same words elsewhere (narrowed as {@link QuoteSearch} narrows), else words within a few edits of them near where
 * they were ({@link ApproximateMatch}). Anything else is refused: a quote never silently points at other words.
 */
final class Reanchoring {

    /** Where the quote is now, and how it was found again (empty when its anchoring has not changed). */
    record Result(Anchor anchor, Optional<Kind> change) {}

    /** A quote's anchoring from the store's last load, and the text as that load stored it. */
    record Previous(Anchor anchor, TextEdit text) {
        /**
         * Whether the text is no longer what the last load stored: only then may a quote be found anything but as
         * written. A quote that fails to match a text nobody touched was itself changed, and could be a typo.
         */
        boolean textChanged(String now) {
            return !now.equals(text.before());
        }
    }

    /**
     * A quote given by its words (the shorthand): the words, narrowed as the writer says, win; only when they are in
     * the text no more is the one that the store held looked for approximately, starting where the edit moved it.
     * Without a previous anchoring the words must be in the text as given.
     *
     * @throws IllegalArgumentException saying why the quote is not in the text
     */
    static Result ofWords(String text, Words words, Optional<Previous> previous) {
        try {
            Anchor anchor = QuoteSearch.find(text, words);
            return new Result(anchor, previous.flatMap(p -> change(p.anchor(), anchor)));
        } catch (QuoteSearch.NotInText notInText) {
            if (previous.isEmpty()) throw notInText;
            if (!previous.get().textChanged(text))
                throw new QuoteSearch.NotInText(notInText.getMessage()
                        + "; the text is as the last load stored it, so the words must be as it has them");
            Anchor old = previous.get().anchor();
            int expected = expected(previous.get(), text);
            return approximate(
                            text,
                            words.exact(),
                            expected,
                            words.prefix().orElse(old.prefix()),
                            words.suffix().orElse(old.suffix()))
                    .orElseThrow(() ->
                            new QuoteSearch.NotInText(notInText.getMessage() + notNear(text, words.exact(), expected)));
        }
    }

    /**
     * A quote whose selectors are written out: they are the old anchoring, and the words to look for; where the
     * store's last load had them, when it did, is where an approximate search starts. What the written prefix and
     * suffix say is kept when they are still right around the words.
     *
     * @throws IllegalArgumentException saying why the quote is not in the text
     */
    static Result ofSelectors(String text, Anchor written, Optional<Previous> previous) {
        String exact = written.exact();
        int at = charIndex(text, written.start());
        boolean sameWords = at >= 0
                && written.end() - written.start() == exact.codePointCount(0, exact.length())
                && text.startsWith(exact, at);
        if (sameWords) {
            if (text.startsWith(written.prefix(), at - written.prefix().length())
                    && text.startsWith(written.suffix(), at + exact.length()))
                return new Result(written, Optional.empty());
            return new Result(QuoteSearch.anchorAt(text, at, exact), Optional.of(Kind.CONTEXT));
        }
        Optional<String> prefix = Optional.of(written.prefix()).filter(p -> !p.isEmpty());
        Optional<String> suffix = Optional.of(written.suffix()).filter(s -> !s.isEmpty());
        int expected = previous.map(p -> expected(p, text)).orElse(at >= 0 ? at : text.length());
        try {
            return new Result(
                    QuoteSearch.find(text, new Words(exact, prefix, suffix, Optional.empty())),
                    Optional.of(Kind.MOVED));
        } catch (QuoteSearch.NotInText notInText) {
            return approximate(text, exact, expected, written.prefix(), written.suffix())
                    .orElseThrow(
                            () -> new QuoteSearch.NotInText(notInText.getMessage() + notNear(text, exact, expected)));
        } catch (IllegalArgumentException contextGone) {
            // the words are there, but the text around them changed too: they are found again if they occur once
            try {
                return new Result(
                        QuoteSearch.find(text, new Words(exact, Optional.empty(), Optional.empty(), Optional.empty())),
                        Optional.of(Kind.MOVED));
            } catch (IllegalArgumentException ambiguous) {
                throw new IllegalArgumentException(
                        "the words \"" + exact + "\" are no longer at [" + written.start() + ", " + written.end()
                                + ") and occur " + QuoteSearch.count(text, exact)
                                + " times elsewhere, none with the prefix and suffix written; correct the selectors",
                        ambiguous);
            }
        }
    }

    /** Whether the written selectors still point at their words, with their prefix and suffix around them. */
    static boolean agrees(String text, Anchor written) {
        String exact = written.exact();
        int at = charIndex(text, written.start());
        return at >= 0
                && written.end() - written.start() == exact.codePointCount(0, exact.length())
                && text.startsWith(exact, at)
                && text.startsWith(written.prefix(), at - written.prefix().length())
                && text.startsWith(written.suffix(), at + exact.length());
    }

    private static Optional<Result> approximate(String text, String words, int expected, String before, String after) {
        return ApproximateMatch.find(text, words, expected, before, after)
                .map(span -> new Result(
                        QuoteSearch.anchorAt(text, span.from(), text.substring(span.from(), span.to())),
                        Optional.of(Kind.APPROXIMATE)));
    }

    private static Optional<Kind> change(Anchor old, Anchor now) {
        if (old.equals(now)) return Optional.empty();
        if (old.start() == now.start() && old.end() == now.end() && old.exact().equals(now.exact()))
            return Optional.of(Kind.CONTEXT);
        return Optional.of(Kind.MOVED);
    }

    /** Where the quote should start in {@code text}: where the edit took the place it had in the old text. */
    private static int expected(Previous previous, String text) {
        String before = previous.text().before();
        int at = charIndex(before, previous.anchor().start());
        return previous.text().map(text, at >= 0 ? at : before.length());
    }

    private static String notNear(String text, String words, int expected) {
        return "; nor anything within " + ApproximateMatch.maxEdits(words) + " edits of them ("
                + ApproximateMatch.MAX_EDIT_PERCENT + "% of their length) near code point "
                + text.codePointCount(0, Math.min(expected, text.length())) + ", where they were";
    }

    /** The char index of code point {@code codePoint}, or -1 past the end of the text. */
    static int charIndex(String text, long codePoint) {
        if (codePoint < 0 || codePoint > text.length()) return -1;
        try {
            return text.offsetByCodePoints(0, (int) codePoint);
        } catch (IndexOutOfBoundsException ex) {
            return -1;
        }
    }

    private Reanchoring() {}
}
