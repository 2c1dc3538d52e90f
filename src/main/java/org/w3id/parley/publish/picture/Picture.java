package org.w3id.parley.publish.picture;

/**
 * A picture ready for a page: the SVG (escaped already, so a template writes it as it is), a heading, and how many
 * links it shows of how many there are.
 */
public record Picture(String heading, String svg, int shown, int total) {
    public boolean truncated() {
        return shown < total;
    }
}
