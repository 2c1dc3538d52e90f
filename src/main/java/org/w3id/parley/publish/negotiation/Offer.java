package org.w3id.parley.publish.negotiation;

import java.util.List;

/** A representation a server can offer: its media type and its short name for {@code ?format=}. */
public interface Offer {
    String key();

    String mediaType();

    /** The types an {@code Accept} header may name to get it: its own first, then any it is also known by. */
    default List<String> acceptedTypes() {
        return List.of(mediaType());
    }
}
