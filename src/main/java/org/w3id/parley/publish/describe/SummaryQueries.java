package org.w3id.parley.publish.describe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.w3id.parley.Resources;
import org.w3id.parley.store.Stores;

/**
 * The pages' own queries, from {@code src/main/resources/publish/*.rq}, run against the store's named graphs of data
 * with their merge as the default graph: they summarise the whole dataset (counts, sources, types), positions and
 * updates made since the last load included, not only the reading view. They run once per version (see {@link PerVersion}), so they get a long timeout of their own rather than the
 * endpoint's, which is for ad-hoc queries.
 */
public final class SummaryQueries {
    static final long TIMEOUT_MINUTES = 10;

    private final DatasetGraph store;

    public SummaryQueries(DatasetGraph store) {
        this.store = store;
    }

    /** The rows of {@code publish/<resource>}, with {@code bindings} put in for its variables. */
    public List<Binding> rows(String resource, Map<String, Node> bindings) {
        Query query = QueryFactory.create(Resources.text("publish/" + resource));
        return Txn.calculateRead(store, () -> {
            QueryExecBuilder builder = exec(query);
            bindings.forEach(builder::substitution);
            List<Binding> rows = new ArrayList<>();
            try (QueryExec exec = builder.build()) {
                // TDB2 decodes a row's values lazily, and after the read transaction ends that can find nothing
                exec.select().forEachRemaining(row -> rows.add(BindingFactory.copy(row)));
            }
            return rows;
        });
    }

    /** The number in {@code ?n} of a query that answers one row; call inside a read transaction. */
    long count(String query) {
        try (QueryExec exec = exec(QueryFactory.create(query)).build()) {
            return number(exec.select().next().get("n"));
        }
    }

    /** Each {@code ?term} with its number {@code ?n}; call inside a read transaction. */
    void countEach(String query, BiConsumer<Node, Long> each) {
        try (QueryExec exec = exec(QueryFactory.create(query)).build()) {
            exec.select().forEachRemaining(row -> each.accept(row.get("term"), number(row.get("n"))));
        }
    }

    private QueryExecBuilder exec(Query query) {
        List<Node> graphs = Iter.toList(Iter.filter(store.listGraphNodes(), Stores::isData));
        DatasetGraph dataset = DynamicDatasets.dynamicDataset(graphs, graphs, store, false);
        return QueryExec.dataset(dataset).query(query).timeout(TIMEOUT_MINUTES, TimeUnit.MINUTES);
    }

    private static long number(Node literal) {
        return ((Number) literal.getLiteralValue()).longValue();
    }
}
