/**
 * Full-text search: a Lucene index (jena-text) of the labels, comments, quotes and source texts in the store's named
 * graphs, kept in step with every load and rebuilt from the store whenever it does not match it.
 */
package org.w3id.parley.search;
