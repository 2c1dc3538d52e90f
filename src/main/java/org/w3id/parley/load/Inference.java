package org.w3id.parley.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.w3id.parley.sparql.SparqlFile;
import org.w3id.parley.sparql.SparqlFiles;

/**
 * Forward chaining with the CONSTRUCT rules in {@code src/main/resources/inference/}: each round runs
 * every rule over the union of all graphs (the entailments so far included) and keeps what is new, until a
 * round adds nothing. The loader writes what this returns to the inferred graph; asserted triples never enter it.
 */
public final class Inference {
    private final List<Query> queries;

    private Inference(Collection<SparqlFile> rules) {
        this.queries = rules.stream().map(r -> QueryFactory.create(r.text())).toList();
    }

    private static final Inference STANDARD =
            new Inference(SparqlFiles.fromClasspath("inference").values());

    /** The rules Parley ships. */
    public static Inference standard() {
        return STANDARD;
    }

    /**
     * Adds to {@code union} (every triple of every named graph, the entailments so far included) what the rules
     * entail from it, round after round until a round adds nothing.
     *
     * @return the entailed triples that were not in {@code union} already: the content of the inferred graph
     */
    Graph materialise(Graph union) {
        DatasetGraph view = DatasetGraphFactory.wrap(union);
        Graph inferred = GraphMemFactory.createDefaultGraph();
        List<Triple> fresh = new ArrayList<>();
        do {
            fresh.clear();
            for (Query rule : queries)
                try (QueryExec exec = QueryExec.dataset(view).query(rule).build()) {
                    exec.constructTriples().forEachRemaining(t -> {
                        if (!union.contains(t)) fresh.add(t);
                    });
                }
            fresh.forEach(union::add);
            fresh.forEach(inferred::add);
        } while (!fresh.isEmpty());
        return inferred;
    }
}
