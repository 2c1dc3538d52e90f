package org.w3id.parley.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.w3id.parley.sparql.SparqlFile;
import org.w3id.parley.sparql.SparqlFiles;
import org.w3id.parley.vocab.ParleyId;

/**
 * Forward chaining with the CONSTRUCT rules in {@code src/main/resources/inference/}: each round runs
 * every rule over the union of all graphs (the entailments so far included) and adds what is new to
 * {@link ParleyId#INFERRED_GRAPH}, until a round adds nothing. Asserted triples never enter that graph.
 */
public final class Inference {
    private final List<Query> queries;

    private Inference(Collection<SparqlFile> rules) {
        this.queries = rules.stream().map(r -> QueryFactory.create(r.text())).toList();
    }

    private static final Inference STANDARD = new Inference(SparqlFiles.fromClasspath("inference").values());

    /** The rules Parley ships. */
    public static Inference standard() {
        return STANDARD;
    }

    /**
     * Recomputes the inferred graph of {@code store} from scratch; the caller holds a write transaction
     * and the store answers queries with the union of its named graphs.
     *
     * @return the number of inferred triples
     */
    long materialise(DatasetGraph store) {
        store.removeGraph(ParleyId.INFERRED_GRAPH);   // from scratch: retracted facts take their entailments with them
        Graph union = store.getUnionGraph();
        Graph inferred = store.getGraph(ParleyId.INFERRED_GRAPH);
        long added;
        do {
            List<Triple> fresh = new ArrayList<>();
            for (Query rule : queries)
                QueryExec.dataset(store).query(rule).construct().find()
                        .forEachRemaining(t -> { if (!union.contains(t)) fresh.add(t); });
            fresh.forEach(inferred::add);
            added = fresh.size();
        } while (added > 0);
        return inferred.size();
    }
}
