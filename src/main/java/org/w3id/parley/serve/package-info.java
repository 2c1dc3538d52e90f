/**
 * The one place the Fuseki server is put together, and the features it adds as FusekiModules: query timeouts and
 * bounded regular expressions, the request log, and the result cache.
 */
package org.w3id.parley.serve;
