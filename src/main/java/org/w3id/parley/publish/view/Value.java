package org.w3id.parley.publish.view;

/** An RDF term on a page: a link, or a literal with its language or datatype. */
record Value(Link link, String text, String annotation) {}
