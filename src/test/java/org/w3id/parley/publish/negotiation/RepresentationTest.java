package org.w3id.parley.publish.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.w3id.parley.query.ResultFormat;

/** One list of representations: pages, RDF and query results, each with its own {@code ?format=} key. */
class RepresentationTest {
    @Test
    void resultsAreWrittenAndTypedAsTheCommandLineWritesThem() {
        assertEquals(ResultFormat.JSON, Representation.RESULTS_JSON.results());
        assertEquals("application/sparql-results+json", Representation.RESULTS_JSON.mediaType());
        assertEquals("application/sparql-results+xml", Representation.RESULTS_XML.mediaType());
        assertEquals("text/csv", Representation.RESULTS_CSV.mediaType());
        assertEquals("text/tab-separated-values", Representation.RESULTS_TSV.mediaType());
        assertEquals("text/plain", Representation.RESULTS_TABLE.mediaType());
        assertNull(Representation.TURTLE.results());
        assertNull(Representation.RESULTS_CSV.writer());
    }

    @Test
    void everyKeyNamesOneRepresentation() {
        List<String> keys =
                Arrays.stream(Representation.values()).map(Representation::key).toList();
        assertEquals(keys.size(), keys.stream().distinct().count(), keys.toString());
    }

    @Test
    void plainJsonIsAnsweredWithSparqlJsonButNotWithJsonLd() {
        List<Representation> offers = List.of(Representation.HTML, Representation.JSONLD, Representation.RESULTS_JSON);
        assertEquals(
                Optional.of(Representation.RESULTS_JSON),
                Negotiation.choose(FakeRequest.with(Map.of("Accept", "application/json"), Map.of()), offers));
    }
}
