/**
 * The negotiation as a picture: who demands what of whom, which item is a precondition for which, what is refused.
 * {@link org.w3id.parley.publish.picture.GraphExtraction} reads the links from the claims ({@code
 * publish/picture.rq}), {@link org.w3id.parley.publish.picture.ElkLayout} places them with the Eclipse Layout Kernel's
 * layered algorithm, and {@link org.w3id.parley.publish.picture.SvgPicture} writes the SVG the pages embed, through
 * {@link org.w3id.parley.publish.picture.Pictures}.
 */
package org.w3id.parley.publish.picture;
