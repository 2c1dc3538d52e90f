package org.w3id.parley.publish.view;

/** A labelled link; {@code iri} is the canonical name, {@code href} where this server shows it. */
record Link(String href, String label, String iri) {}
