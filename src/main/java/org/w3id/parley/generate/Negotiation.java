package org.w3id.parley.generate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import org.w3id.parley.generate.ActorPool.Side;

/**
 * One negotiation, covered by {@value #SOURCES} consecutive articles: the same three parties and the same contested
 * territory, so that its items (the withdrawal, the guarantee, the sequence, the peace deal) have one IRI that
 * several sources speak about, a month or so apart. That is what gives the analyses over time (position-history,
 * shifts, disagreements) stances from different sources and dates to compare.
 */
record Negotiation(String id, Side demander, Side conceder, Side mediator, String territory, LocalDate opens) {
    /** Articles per negotiation: article k covers negotiation k / SOURCES. */
    static final int SOURCES = 3;

    /** Days between one article on a negotiation and the next, at most (each falls at random in its stretch). */
    static final int STRETCH_DAYS = 30;

    private static final String[] TERRITORIES = {
        "Korsk",
        "the Varna valley",
        "Eastmarch",
        "the Selm delta",
        "Dravo",
        "the northern ridge",
        "Ostrava Bay",
        "Ketten",
        "the Lowlands",
        "Pirin",
        "the Amber coast",
        "Halden",
        "the salt flats",
        "Mirov",
        "Tarn",
        "Greywater"
    };

    /** The negotiation number {@code n}, drawn from its own random stream (the same for each of its articles). */
    static Negotiation of(ActorPool pool, int n, SplittableRandom random) {
        int[] sides = distinct(random, pool.sides.size(), 3);
        return new Negotiation(
                String.format(Locale.ROOT, "n%06d", n),
                pool.sides.get(sides[0]),
                pool.sides.get(sides[1]),
                pool.sides.get(sides[2]),
                TERRITORIES[random.nextInt(TERRITORIES.length)],
                LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365)));
    }

    /** The publication day of the negotiation's {@code part}-th article (from 0): one per stretch, in order. */
    LocalDate day(int part, SplittableRandom random) {
        return opens.plusDays((long) part * STRETCH_DAYS + random.nextInt(STRETCH_DAYS));
    }

    /** {@code k} distinct indices below {@code n}, in random order (a partial Fisher-Yates shuffle). */
    static int[] distinct(SplittableRandom random, int n, int k) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) all[i] = i;
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return Arrays.copyOf(all, k);
    }
}
