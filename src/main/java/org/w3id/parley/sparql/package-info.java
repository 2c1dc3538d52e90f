/**
 * SPARQL kept as files: the {@code .rq} resources of a classpath folder, each with its {@code #+} header (summary,
 * description, parameters), read once and handed out by name.
 */
package org.w3id.parley.sparql;
