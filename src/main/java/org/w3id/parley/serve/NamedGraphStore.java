package org.w3id.parley.serve;

import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * Fuseki's Graph Store Protocol read and write, except that a {@code POST} to the graph store itself (no {@code graph}
 * or {@code default} parameter) is refused with 400. SPARQL 1.1 Graph Store Protocol §5.5 makes that request create a
 * new graph with a name the server chooses (201 and {@code Location}); Fuseki instead adds the body to the dataset, so
 * triples land in the default graph, where Parley keeps nothing, and quads in whatever graphs they name. Parley names
 * graphs after their sources; the client is told to name the graph.
 */
final class NamedGraphStore extends GSP_RW {

    @Override
    protected void execPostQuads(HttpAction action) {
        ServletOps.errorBadRequest(
                "POST to the graph store needs a graph: POST to ?graph=IRI (the Graph Store Protocol's new graph with a"
                        + " name the server chooses is not supported), or use SPARQL Update");
    }
}
