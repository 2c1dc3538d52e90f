package org.w3id.parley.publish.http;

import org.w3id.parley.publish.Origin;
import org.w3id.parley.publish.negotiation.Representation;

/** A resource served whole rather than described statement by statement: the dataset, the ontology. */
interface Document {
    /** The body in {@code format}, as reached at {@code here}; {@code null} when there is nothing to serve. */
    byte[] representation(Representation format, Origin here);
}
