package org.w3id.parley.publish.picture;

import java.util.List;

/** A picture laid out: where each resource's box is and the path each link takes, in SVG user units. */
record Drawing(double width, double height, List<Box> boxes, List<Path> paths) {
    /** A resource's box, top-left corner and size, with its label's lines. */
    record Box(Vertex vertex, double x, double y, double width, double height, List<String> lines) {}

    /** A point of a link's path. */
    record Point(double x, double y) {}

    /** A link's route from its source's box to its target's, and where its caption goes (top-left corner). */
    record Path(Edge edge, List<Point> points, double labelX, double labelY) {}
}
