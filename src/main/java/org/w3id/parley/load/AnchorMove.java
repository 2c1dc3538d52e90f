package org.w3id.parley.load;

/**
 * A quote whose anchoring a load re-computed because its text changed, for the load's report.
 *
 * @param resource  the claim (or the annotation) the quote belongs to
 * @param at        where the file that gave it first mentions it, {@code file:line:column}
 * @param kind      how it was found again
 * @param oldStart  where it was, in code points: from the selectors written by hand, or from the store's last load
 * @param oldEnd    where it ended
 * @param newStart  where it is now, in code points
 * @param newEnd    where it ends now
 * @param oldWords  the words written: the selectors' {@code oa:exact}, the shorthand's {@code parley:quote}, or (when
 *                  the same words moved) the words the store held
 * @param newWords  the words the text has there now, which the stored {@code oa:exact} holds
 * @param written   whether the old anchoring is written out in the file, which then still says the old one
 */
public record AnchorMove(
        String resource,
        String at,
        Kind kind,
        long oldStart,
        long oldEnd,
        long newStart,
        long newEnd,
        String oldWords,
        String newWords,
        boolean written) {

    /** How a quote was found again. */
    public enum Kind {
        /** The same words at the same place, with different text around them: prefix and suffix recomputed. */
        CONTEXT,
        /** The same words, elsewhere in the text. */
        MOVED,
        /** Words within {@link ApproximateMatch#MAX_EDIT_PERCENT}% of edits of the quote, near where it was. */
        APPROXIMATE
    }

    /** One line of the load's report. */
    public String describe() {
        String where = "[" + oldStart + ", " + oldEnd + ") -> [" + newStart + ", " + newEnd + ")";
        String what = switch (kind) {
            case CONTEXT -> "same words at " + where + ", new text around them";
            case MOVED ->
                oldWords.equals(newWords)
                        ? "moved " + where + ", same words"
                        : "moved " + where + ", now \"" + newWords + "\" where it was \"" + oldWords + "\"";
            case APPROXIMATE -> "approximate " + where + ", now \"" + newWords + "\" where it was \"" + oldWords + "\"";
        };
        String todo;
        if (written) todo = "; stored re-anchored, the file still has the old selectors: update them";
        else if (kind == Kind.APPROXIMATE) todo = "; stored re-anchored: update parley:quote to the new words";
        else todo = "";
        return at + ": re-anchored <" + resource + ">: " + what + todo;
    }
}
