package org.w3id.parley.publish.negotiation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Picks a representation from {@code ?format=} or else the {@code Accept} header, as RFC 9110 §12.5.1 says:
 * each offer takes the quality of the most specific range that matches it ({@code text/turtle} over
 * {@code text/*} over {@code *}{@code /*}), quality 0 means "not this", and among equals the server's order wins
 * (the order of {@code offers}). No {@code Accept} header means anything, so the first offer.
 */
public final class Negotiation {
    private Negotiation() {}

    /** The chosen offer; empty means 406. A {@code ?format=} that is not offered is also empty. */
    public static Optional<Representation> choose(HttpServletRequest request, List<Representation> offers) {
        String explicit = request.getParameter("format");
        if (explicit != null)
            return offers.stream()
                    .filter(f -> f.key().equalsIgnoreCase(explicit))
                    .findFirst();
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) return Optional.of(offers.get(0));
        List<MediaRange> ranges;
        try {
            ranges = new AcceptList(accept).entries();
        } catch (RuntimeException ex) {
            return Optional.of(offers.get(0)); // an unreadable header is treated as no header
        }
        Representation best = null;
        double bestQuality = 0;
        for (Representation offer : offers) {
            double quality = offer.acceptedTypes().stream()
                    .mapToDouble(type -> quality(ranges, MediaType.create(type)))
                    .max()
                    .orElse(0);
            if (quality > bestQuality) {
                best = offer;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether a client with this {@code Accept} header wants a page rather than text: {@code text/html} ranks above
     * {@code text/plain}. A browser's header does; no header, {@code *}{@code /*} and an unreadable header do not.
     */
    public static boolean prefersHtml(String accept) {
        if (accept == null || accept.isBlank()) return false;
        List<MediaRange> ranges;
        try {
            ranges = new AcceptList(accept).entries();
        } catch (RuntimeException ex) {
            return false;
        }
        return quality(ranges, MediaType.create("text/html")) > quality(ranges, MediaType.create("text/plain"));
    }

    /** The quality the client gives {@code type}: that of the most specific matching range, 0 if none matches. */
    static double quality(List<MediaRange> ranges, MediaType type) {
        double quality = 0;
        int specificity = -1;
        for (MediaRange range : ranges) {
            if (!range.accepts(type)) continue;
            int s = range.getType().equals("*") ? 0 : range.getSubType().equals("*") ? 1 : 2;
            if (s > specificity) {
                specificity = s;
                quality = range.get_q();
            }
        }
        return quality;
    }

    /** The body of a 406: what could have been asked for. */
    public static String notAcceptable(List<Representation> offers) {
        return "Not acceptable. This resource is available as: "
                + offers.stream()
                        .map(f -> f.mediaType() + " (?format=" + f.key() + ")")
                        .collect(Collectors.joining(", "))
                + "\n";
    }
}
