package org.w3id.parley.publish.describe;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.parley.vocab.Prefixes;

/** A graph loaded whole from one file (the ontology, the shapes, the alignment bridge), served as a document. */
public final class OntologyGraph {
    private final DatasetGraph store;
    private final Node name;

    public OntologyGraph(DatasetGraph store, Node name) {
        this.store = store;
        this.name = name;
    }

    /** A copy of the ontology as it is now, {@code null} when none is loaded. */
    public Graph copy() {
        return Txn.calculateRead(store, () -> {
            if (!store.containsGraph(name) || store.getGraph(name).isEmpty()) return null;
            Graph source = store.getGraph(name);
            Graph copy = GraphFactory.createDefaultGraph();
            source.find().forEach(copy::add);
            copy.getPrefixMapping().setNsPrefixes(source.getPrefixMapping());
            return copy;
        });
    }

    /**
     * As for every resource: the ontology in the default graph and, when {@code withGraph}, again in the graph
     * that holds it.
     */
    public DatasetGraph asDataset(Graph ontology, boolean withGraph) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        ontology.find().forEach(dataset.getDefaultGraph()::add);
        if (withGraph) ontology.find().forEach(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        Prefixes.COMMON.forEach(dataset.prefixes()::add);
        ontology.getPrefixMapping().getNsPrefixMap().forEach(dataset.prefixes()::add);
        return dataset;
    }
}
