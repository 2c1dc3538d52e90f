package org.w3id.parley.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Page links: local paths for IRIs under the base, never a link that leaves the site while looking local. */
class IriSpaceTest {
    private final IriSpace iris = new IriSpace("https://w3id.org/parley/");

    @Test
    void iriUnderTheBaseIsALocalPath() {
        assertEquals("/id/actor/russia", iris.href("https://w3id.org/parley/id/actor/russia"));
        assertEquals("https://example.org/x", iris.href("https://example.org/x"));
        assertNull(iris.href("javascript:alert(1)"));
    }

    /** {@code //evil.example/x} is protocol-relative: a browser would go to evil.example. */
    @Test
    void anExtraSlashUnderTheBaseNeverBecomesAProtocolRelativeLink() {
        for (String iri : List.of(
                "https://w3id.org/parley//evil.example/x",
                "https://w3id.org/parley/\\evil.example/x",
                "https://w3id.org/parley///evil.example")) {
            String href = iris.href(iri);
            assertFalse(href.startsWith("//") || href.startsWith("/\\"), iri + " -> " + href);
            assertEquals(iri, href);
            assertEquals(Optional.empty(), iris.local(iri));
        }
    }
}
