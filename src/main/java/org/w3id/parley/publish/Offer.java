package org.w3id.parley.publish;

/** A representation a server can offer: its media type and its short name for {@code ?format=}. */
interface Offer {
    String key();

    String mediaType();
}
