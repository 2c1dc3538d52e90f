/**
 * What every stage of Parley shares: {@link org.w3id.parley.ParleyException}, the one failure a person can fix,
 * and {@link org.w3id.parley.Sha256}, the digest of texts, files and response bodies. Packages run as a pipeline:
 * {@code vocab} and {@code sparql} name things, {@code load} parses, validates, infers and writes into a
 * {@code store}, {@code query} answers named questions with evidence, {@code publish} and {@code serve} put it on the
 * web, and only {@code cli} wires them together.
 */
package org.w3id.parley;
