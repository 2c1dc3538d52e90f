/**
 * The HTTP side of publication: the servlets and filter that answer for resources, pages, dumps, named queries and
 * the service description, and the {@link org.w3id.parley.publish.http.LinkedData} Fuseki module that builds and mounts them.
 */
package org.w3id.parley.publish.http;
