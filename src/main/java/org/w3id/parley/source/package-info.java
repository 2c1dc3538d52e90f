/**
 * Describing a new source for {@code parley source add}: what {@code data/} already describes ({@link DescribedSources}),
 * the IRIs a new description mints ({@link Slugs}), the TriG it writes ({@link SourceDescription}), and the step that
 * checks, copies and writes ({@link SourceAdder}). The text itself is read as the load reads it, so a file this accepts
 * is one the load accepts.
 */
package org.w3id.parley.source;
