/**
 * A load: expand paths into RDF files, parse them strictly, read the source texts they name ({@link TextFiles}),
 * anchor the quotes that give only their words ({@link QuoteShorthand}), stage the quads, validate them against the
 * SHACL shapes, infer with the shipped rules and write everything in one transaction — all of it lands, or nothing
 * does. The load manifest records what each file wrote, and the texts it read, so a reload replaces it.
 */
package org.w3id.parley.load;
