package org.w3id.parley.serve;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's Graph Store Protocol read over {@link GraphStoreView}: {@code ?default} answers the union of the named
 * graphs, the default graph SPARQL queries see, and the whole dataset (no parameter) its named graphs. Fuseki's own
 * would answer the store's real default graph, which holds the load manifest.
 */
final class GraphStoreRead extends GSP_R {

    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        return GraphStoreView.of(action.getActiveDSG());
    }
}
