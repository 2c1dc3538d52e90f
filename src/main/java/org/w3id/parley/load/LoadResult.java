package org.w3id.parley.load;

import java.time.Duration;
import java.util.List;

/**
 * What a load did.
 *
 * @param files      RDF files read
 * @param quads      quads read from them
 * @param claims     claims in the store afterwards
 * @param inferred   triples in the inferred graph afterwards
 * @param stored     quads in the store's named graphs afterwards
 * @param reanchored quotes whose text changed and whose anchoring was re-computed
 */
public record LoadResult(
        int files, long quads, long claims, long inferred, long stored, Duration took, List<AnchorMove> reanchored) {

    public LoadResult {
        reanchored = List.copyOf(reanchored);
    }

    public String summary() {
        String summary = String.format(
                "%,d files, %,d quads read; store holds %,d quads, %,d claims, %,d inferred triples (%.1f s)",
                files, quads, stored, claims, inferred, took.toMillis() / 1000.0);
        return reanchored.isEmpty() ? summary : summary + "; " + reanchored.size() + " quote(s) re-anchored";
    }
}
