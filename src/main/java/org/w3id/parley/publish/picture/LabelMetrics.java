package org.w3id.parley.publish.picture;

import java.util.ArrayList;
import java.util.List;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;

/**
 * How much room a label takes, without a font at hand: the server has no fonts to measure with, so a character is
 * taken as {@value #CHAR_WIDTH} px wide at the picture's 13 px sans-serif, the average advance of system-ui fonts at
 * that size rounded up, so text fits its box in the fonts browsers pick. Long labels wrap at word boundaries into at
 * most {@value #MAX_LINES} lines of {@value #LINE_CHARS} characters; what is left is cut with an ellipsis (the full
 * label is the node's tooltip and its page's title).
 */
final class LabelMetrics {
    static final double CHAR_WIDTH = 7.2;
    static final double LINE_HEIGHT = 16;
    static final int LINE_CHARS = 26;
    static final int MAX_LINES = 3;
    static final double PADDING_X = 10;
    static final double PADDING_Y = 7;
    static final double EDGE_CHAR_WIDTH = 6.3;
    static final double EDGE_LABEL_HEIGHT = 14;
    private static final Splitter WORDS = Splitter.on(CharMatcher.whitespace()).omitEmptyStrings();

    private LabelMetrics() {}

    /** {@code label} broken into lines for a node. */
    static List<String> lines(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : WORDS.split(label.strip())) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        if (lines.size() > MAX_LINES) {
            List<String> cut = new ArrayList<>(lines.subList(0, MAX_LINES));
            cut.set(MAX_LINES - 1, cut.get(MAX_LINES - 1) + "…");
            lines = cut;
        }
        return lines.stream().map(LabelMetrics::shorten).toList();
    }

    /** A single word longer than a line is cut, so no box grows past the line's width. */
    private static String shorten(String line) {
        return line.length() <= LINE_CHARS + 1 ? line : line.substring(0, LINE_CHARS) + "…";
    }

    static double width(List<String> lines) {
        int longest = lines.stream().mapToInt(String::length).max().orElse(0);
        return Math.ceil(longest * CHAR_WIDTH + 2 * PADDING_X);
    }

    static double height(List<String> lines) {
        return lines.size() * LINE_HEIGHT + 2 * PADDING_Y;
    }

    static double edgeLabelWidth(String caption) {
        return Math.ceil(caption.length() * EDGE_CHAR_WIDTH + 4);
    }
}
