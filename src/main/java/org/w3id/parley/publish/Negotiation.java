package org.w3id.parley.publish;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Picks a representation from {@code ?format=} or else the {@code Accept} header, q-values included
 * (Jena's {@link AcceptList}). Without an {@code Accept} header, or with a bare wildcard, the first
 * offer wins, so the order of {@code offers} is the server's preference.
 */
final class Negotiation {
    private Negotiation() {}

    /** The chosen offer; empty means 406. A {@code ?format=} that is not offered is also empty. */
    static <T extends Offer> Optional<T> choose(HttpServletRequest request, List<T> offers) {
        String explicit = request.getParameter("format");
        if (explicit != null)
            return offers.stream().filter(f -> f.key().equalsIgnoreCase(explicit)).findFirst();
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank())
            return Optional.of(offers.get(0));
        AcceptList proposals;
        try {
            proposals = new AcceptList(accept);
        } catch (RuntimeException ex) {
            return Optional.of(offers.get(0));
        }
        AcceptList offered = AcceptList.create(offers.stream().map(Offer::mediaType).toArray(String[]::new));
        MediaType chosen = AcceptList.match(proposals, offered);
        if (chosen == null)
            return Optional.empty();
        MediaRange range = proposals.match(new MediaRange(chosen.getContentTypeStr()));
        if (range != null && range.get_q() <= 0)
            return Optional.empty();
        return offers.stream().filter(f -> f.mediaType().equals(chosen.getContentTypeStr())).findFirst();
    }

    /** The body of a 406: what could have been asked for. */
    static String notAcceptable(List<? extends Offer> offers) {
        return "Not acceptable. This resource is available as: "
                + offers.stream().map(f -> f.mediaType() + " (?format=" + f.key() + ")").collect(Collectors.joining(", ")) + "\n";
    }
}
