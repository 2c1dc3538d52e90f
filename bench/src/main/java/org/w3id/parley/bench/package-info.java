/**
 * The side-by-side benchmark behind {@code ./parley bench}: Parley against Jena's {@code tdb2.tdbloader}, a plain
 * Fuseki and Virtuoso on one synthetic corpus (ingest, query latency, throughput, startup, heap), built apart from
 * the product so that none of it ships in {@code target/parley.jar}.
 */
package org.w3id.parley.bench;
