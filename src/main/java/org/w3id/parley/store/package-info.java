/**
 * The TDB2 stores Parley works on: opening them (the union of named graphs as the default graph), the committed
 * version readers see, and adding many quads index by index inside the caller's transaction.
 */
package org.w3id.parley.store;
