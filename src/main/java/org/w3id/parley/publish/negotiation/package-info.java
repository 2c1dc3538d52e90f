/**
 * Choosing and writing a representation: the formats the site offers, content negotiation by {@code Accept} and
 * {@code ?format=}, and responses with ETag, 304, {@code Vary} and {@code Link} headers.
 */
package org.w3id.parley.publish.negotiation;
