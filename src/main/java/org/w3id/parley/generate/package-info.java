/**
 * Deterministic synthetic corpora in Parley's model (articles whose sentences are anchored claims, and the shared
 * actors they name), for load and query benchmarks: the same size and seed always give byte-identical files.
 */
package org.w3id.parley.generate;
