package org.w3id.parley.search;

import java.util.Map;

import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.Quad;

/**
 * What the index was made from, in two numbers: how many indexed quads, and the sum of a hash of each. A sum does not
 * depend on the order TDB2 returns quads in (which moves when a compaction renumbers the nodes), and it can be brought
 * up to date by what a load takes out and puts in, without reading the rest of the store. Each quad's hash is the
 * first 64 bits of the uid jena-text stores with its document (a SHA-256 of its graph, subject, field, text and
 * language), so the documents a load deletes say themselves what they counted for.
 */
record Fingerprint(long count, long sum) {
    static final Fingerprint EMPTY = new Fingerprint(0, 0);

    /** With the indexed quad {@code quad} counted in. */
    Fingerprint plus(EntityDefinition fields, Quad quad) {
        return plus(uid(fields, quad));
    }

    /** With the document whose uid is {@code uid} counted in. */
    Fingerprint plus(String uid) {
        return new Fingerprint(count + 1, sum + hash(uid));
    }

    /** With the document whose uid is {@code uid} counted out. */
    Fingerprint minus(String uid) {
        return new Fingerprint(count - 1, sum - hash(uid));
    }

    /** The fingerprint {@link #toString} wrote; null for none, or for one that is not such. */
    static Fingerprint parse(String written) {
        if (written == null) return null;
        int dash = written.indexOf('-');
        try {
            return new Fingerprint(
                    Long.parseLong(written.substring(0, dash)),
                    Long.parseUnsignedLong(written.substring(dash + 1), 16));
        } catch (NumberFormatException | IndexOutOfBoundsException ex) {
            return null;
        }
    }

    @Override
    public String toString() {
        return count + "-" + Long.toHexString(sum);
    }

    /** The uid of the document jena-text makes for {@code quad}, the same way it does ({@code TextIndexLucene.doc}). */
    private static String uid(EntityDefinition fields, Quad quad) {
        Entity entity = TextQueryFuncs.entityFromQuad(fields, quad);
        Map.Entry<String, Object> field = entity.getMap().entrySet().iterator().next();
        return entity.getChecksum(field.getKey(), (String) field.getValue());
    }

    private static long hash(String uid) {
        return Long.parseUnsignedLong(uid.substring(0, 16), 16);
    }
}
