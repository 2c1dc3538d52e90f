/**
 * A load: expand paths into RDF files, parse them strictly, stage the quads, validate them against the SHACL shapes,
 * infer with the shipped rules and write everything in one transaction — all of it lands, or nothing does. The load
 * manifest records what each file wrote, so a reload replaces it.
 */
package org.w3id.parley.load;
