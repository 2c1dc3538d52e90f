/**
 * The HTML pages: the records templates are filled from, the models of each page built from descriptions and
 * query results, and the templates that render them.
 */
package org.w3id.parley.publish.view;
