/**
 * A load: expand paths into RDF files, parse them strictly, read the source texts they name ({@link TextFiles}),
 * anchor the quotes that give only their words ({@link QuoteShorthand}), find again the quotes whose text was edited
 * since they were anchored ({@link Reanchoring}; the old anchoring is the selectors written by hand,
 * {@link WrittenSelectors}, or what the store's last load stored, {@link PreviousAnchors}) and report each
 * ({@link AnchorMove}), stage the quads, validate them against the SHACL shapes, infer with the shipped rules and write
 * everything in one transaction — all of it lands, or nothing does. The load manifest records what each file wrote,
 * and the texts it read, so a reload replaces it.
 * A load into a store that holds data costs what it changes: {@link LoadDelta} lists what can change,
 * {@link AffectedNodes} the focus nodes to validate again, and {@link EntailmentMaintenance} keeps the inferred graph
 * and the reading view up to date by delete and rederive; a first load, or one that changes the ontology, recomputes
 * them over the whole store held in memory.
 */
package org.w3id.parley.load;
