package org.w3id.parley.publish.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Content negotiation by {@code Accept} (RFC 9110 q-values) and {@code ?format=}. */
class NegotiationTest {
    /** What a linked-data resource offers, in the server's order. */
    private static final List<Representation> OFFERS = List.of(
            Representation.TURTLE,
            Representation.HTML,
            Representation.JSONLD,
            Representation.NTRIPLES,
            Representation.RDFXML,
            Representation.TRIG);

    @Test
    void theHighestQualityMatchWins() {
        assertEquals(Optional.of(Representation.JSONLD), choose("text/turtle;q=0.2, application/ld+json;q=0.8", null));
        assertEquals(Optional.of(Representation.NTRIPLES), choose("application/n-triples", null));
        assertEquals(
                Optional.of(Representation.HTML),
                choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", null));
    }

    @Test
    void theMostSpecificRangeDecidesAnOffersQuality() {
        // RFC 9110 §12.5.1: text/turtle is judged by "text/turtle;q=0.1", not by the wildcard.
        assertEquals(Optional.of(Representation.HTML), choose("*/*;q=0.9, text/turtle;q=0.1", null));
        assertEquals(
                Optional.of(Representation.HTML),
                choose("text/turtle;q=0, */*", null),
                "q=0 excludes Turtle even with */*");
        assertEquals(Optional.of(Representation.JSONLD), choose("text/*;q=0, */*", null), "no text/ type at all");
    }

    @Test
    void wildcardsAndNoHeaderGetTheServersFirstChoice() {
        assertEquals(Optional.of(Representation.TURTLE), choose("*/*", null));
        assertEquals(Optional.of(Representation.TURTLE), choose(null, null));
        assertEquals(Optional.of(Representation.TURTLE), choose("text/*", null));
        assertEquals(
                Optional.of(Representation.JSONLD),
                choose("application/*", null),
                "the first application/ type offered");
    }

    @Test
    void nothingAcceptableIsEmpty() {
        assertEquals(Optional.empty(), choose("image/png", null));
        assertEquals(Optional.empty(), choose("text/turtle;q=0", null));
    }

    @Test
    void theFormatParameterOverridesAccept() {
        assertEquals(Optional.of(Representation.RDFXML), choose("text/turtle", "rdf"));
        assertEquals(Optional.of(Representation.TRIG), choose(null, "TRIG"));
        assertEquals(Optional.empty(), choose("text/turtle", "pdf"));
    }

    private static Optional<Representation> choose(String accept, String format) {
        return Negotiation.choose(
                FakeRequest.with(
                        accept == null ? Map.of() : Map.of("Accept", accept),
                        format == null ? Map.of() : Map.of("format", format)),
                OFFERS);
    }
}
