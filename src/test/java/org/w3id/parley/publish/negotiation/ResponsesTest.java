package org.w3id.parley.publish.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The file name a saved answer gets: the last segment of its path, and its format's extension. */
class ResponsesTest {
    @Test
    void theFileNameIsThePathsLastSegmentWithTheFormatsExtension() {
        assertEquals(
                "deadlocks.csv",
                Responses.fileName("/queries/deadlocks?format=csv&item=x", Representation.RESULTS_CSV));
        assertEquals(
                "chains.txt", Responses.fileName("/parley/analysis/chains?format=table", Representation.RESULTS_TABLE));
        assertEquals("ontology.nt", Responses.fileName("/ontology?format=nt", Representation.NTRIPLES));
        assertEquals("parley.ttl", Responses.fileName("/?format=ttl", Representation.TURTLE));
        assertEquals("a_b.ttl", Responses.fileName("/id/x/a\"b?format=ttl", Representation.TURTLE));
    }
}
