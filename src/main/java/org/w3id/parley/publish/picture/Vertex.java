package org.w3id.parley.publish.picture;

/**
 * A resource the picture draws, with its label and its kind ({@code actor}, {@code demand}, {@code concession}, …,
 * or {@code other}); {@code marked} for an item on a precondition cycle or a sequence refused by one party and
 * required by another.
 */
public record Vertex(String iri, String label, String kind, boolean marked) {}
