package org.w3id.parley.publish.picture;

/** A claim a link rests on: its IRI and its label. */
public record Claim(String iri, String label) {}
