package org.w3id.parley.load;

import java.time.Duration;
import java.util.List;

/**
 * What a load did. It counts what changed, not what the store holds: counting the store would cost what the store
 * holds, and a load costs what it changes.
 *
 * @param files      RDF files read
 * @param quads      quads read from them
 * @param written    named graphs written
 * @param claims     claims in the graphs the load wrote
 * @param dropped    named graphs dropped and not written again (their file was deleted from its folder, or no longer
 *                   writes them)
 * @param recomputed whether the entailments were recomputed over the whole store (a first load, or one that changes
 *                   the ontology) rather than maintained
 * @param entailed   triples that entered the inferred graph
 * @param retracted  triples that left it
 * @param reanchored quotes whose text changed and whose anchoring was re-computed
 */
public record LoadResult(
        int files,
        long quads,
        int written,
        int dropped,
        long claims,
        boolean recomputed,
        long entailed,
        long retracted,
        Duration took,
        List<AnchorMove> reanchored) {

    public LoadResult {
        reanchored = List.copyOf(reanchored);
    }

    public String summary() {
        String summary = String.format(
                "%,d files, %,d quads read; %,d graphs written (%,d claims), %,d dropped; inferred graph %s: +%,d −%,d"
                        + " triples (%.1f s)",
                files,
                quads,
                written,
                claims,
                dropped,
                recomputed ? "recomputed" : "maintained",
                entailed,
                retracted,
                took.toMillis() / 1000.0);
        return reanchored.isEmpty() ? summary : summary + "; " + reanchored.size() + " quote(s) re-anchored";
    }
}
