package org.w3id.parley.publish.picture;

import java.util.List;

/**
 * A link the picture draws, from one resource to another, read the way the arrow points: an actor demands a demand,
 * an item is a precondition for another. {@code kind} is the link's name in {@code publish/picture.rq}, {@code
 * relation} the label of the property the claims state, {@code cycle} whether the link lies on a precondition cycle,
 * and {@code claims} the claims that state it (none for {@code speaks for}, which the entities' description states).
 */
public record Edge(String from, String to, String kind, String relation, boolean cycle, List<Claim> claims) {
    static final String SPEAKS_FOR = "speaks for";
    static final String PRECONDITION = "precondition";
    static final String RED_LINE = "red line";
    static final String REFUSED_SEQUENCE = "refused sequence";

    /** The words drawn on the arrow. */
    public String caption() {
        return switch (kind) {
            case PRECONDITION -> "precondition for";
            case RED_LINE, REFUSED_SEQUENCE -> relation == null ? kind : relation;
            default -> kind;
        };
    }

    public boolean refusal() {
        return kind.equals(RED_LINE) || kind.equals(REFUSED_SEQUENCE);
    }
}
