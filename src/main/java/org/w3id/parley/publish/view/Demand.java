package org.w3id.parley.publish.view;

/** A demand and who made it, as listed under an actor. */
record Demand(Link demand, Link by) {}
