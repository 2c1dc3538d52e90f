package org.w3id.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The FIPS 180-2 test vector for "abc", however the bytes arrive. */
class Sha256Test {
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void digestsATextAsUtf8() {
        assertEquals(ABC, Sha256.of("abc"));
    }

    @Test
    void digestsAStreamToItsEnd() throws IOException {
        assertEquals(ABC, Sha256.of(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void aPrefixIsTheLeadingBytesOfTheDigestOfAllParts() {
        assertEquals(
                ABC.substring(0, 32),
                Sha256.prefix(16, "a".getBytes(StandardCharsets.US_ASCII), "bc".getBytes(StandardCharsets.US_ASCII)));
    }
}
