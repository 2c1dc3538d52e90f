package org.w3id.parley.publish.view;

/** Another representation of the page, for {@code <link rel="alternate">} and the "as data" links. */
record Alternate(String key, String mediaType, String href) {}
