/**
 * Linked-data publication of the store: where things are served ({@link org.w3id.parley.publish.Paths}) and which
 * IRIs this server answers for ({@link org.w3id.parley.publish.IriSpace}); the work is done in the sub-packages.
 */
package org.w3id.parley.publish;
