package org.w3id.parley.search;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * A resource that matched: the best score among its matching words, the fields they matched in (most telling
 * first), and the best passage with the matching words marked.
 */
public record SearchHit(Node resource, float score, List<String> fields, List<Segment> snippet) {

    /** A run of the passage, marked or not. */
    public record Segment(String text, boolean marked) {}
}
