package org.w3id.parley.publish.view;

import java.util.Locale;

/** Counts as people write them: "1 finding", "2 findings", "1,041 results". */
final class Counts {
    private Counts() {}

    /** {@code count} and {@code noun}, the noun in the plural unless the count is one; nouns here add an "s". */
    static String of(long count, String noun) {
        return String.format(Locale.ENGLISH, "%,d %s%s", count, noun, count == 1 ? "" : "s");
    }
}
