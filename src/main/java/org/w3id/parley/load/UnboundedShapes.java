package org.w3id.parley.load;

import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.parser.Shape;
import org.w3id.parley.ParleyException;

/**
 * Shapes whose reads {@link AffectedNodes} cannot bound from a focus node: a change could then alter results anywhere,
 * and only a full validation is sound.
 */
public class UnboundedShapes extends ParleyException {
    UnboundedShapes(Shape shape, String why) {
        super("cannot tell which nodes a change affects: shape " + NodeFmtLib.strNT(shape.getShapeNode()) + " " + why
                + "; validate the whole data graph instead");
    }
}
