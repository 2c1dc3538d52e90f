package org.w3id.parley.source;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** The last segment of a minted IRI, and of the folder a description goes in: lower-case ASCII words and hyphens. */
final class Slugs {
    /** Long enough to tell titles apart, short enough to read in an IRI. */
    private static final int MAX = 60;

    /** {@code "Conceding Donetsk won't end the war"} → {@code "conceding-donetsk-wont-end-the-war"}; may be empty. */
    static String of(String words) {
        String ascii = Normalizer.normalize(words, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() <= MAX) return slug;
        String cut = slug.substring(0, MAX);
        // end at a whole word when there is one to end at
        return cut.contains("-") && slug.charAt(MAX) != '-'
                ? cut.substring(0, cut.lastIndexOf('-'))
                : cut.replaceAll("-+$", "");
    }

    /** {@code slug}, or {@code slug-2}, {@code slug-3}, … : the first that {@code taken} does not hold. */
    static String free(String slug, Predicate<String> taken) {
        if (!taken.test(slug)) return slug;
        for (int n = 2; ; n++) if (!taken.test(slug + "-" + n)) return slug + "-" + n;
    }

    private Slugs() {}
}
