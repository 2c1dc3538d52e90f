/**
 * Every term Parley writes or reads, once: the Parley ontology ({@link org.w3id.parley.vocab.Parley}), the IRIs
 * Parley mints and its graph names ({@link org.w3id.parley.vocab.ParleyId}), the few external terms Jena ships no
 * class for (PROV, content, service description) and the prefixes written out. Other external terms come from
 * Jena's own vocabulary classes ({@code org.apache.jena.vocabulary}).
 */
package org.w3id.parley.vocab;
