package org.w3id.parley.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.w3id.parley.sparql.SparqlFiles;

/**
 * The pages' own queries, from {@code src/main/resources/publish/*.rq}, run against the store. They summarise the
 * whole store once per version (see {@link PerVersion}), so they get a long timeout of their own rather than the
 * endpoint's, which is for ad-hoc queries.
 */
final class Select {
    static final long TIMEOUT_MINUTES = 10;

    private Select() {}

    static QueryExecBuilder exec(DatasetGraph store, Query query) {
        return QueryExec.dataset(store).query(query).timeout(TIMEOUT_MINUTES, TimeUnit.MINUTES);
    }

    static QueryExecBuilder exec(DatasetGraph store, String query) {
        return exec(store, QueryFactory.create(query));
    }

    static List<Binding> rows(DatasetGraph store, String resource, Map<String, Node> bindings) {
        Query query = QueryFactory.create(SparqlFiles.readResource("publish/" + resource));
        return Txn.calculateRead(store, () -> {
            QueryExecBuilder builder = exec(store, query);
            bindings.forEach(builder::substitution);
            List<Binding> rows = new ArrayList<>();
            try (QueryExec exec = builder.build()) {
                exec.select().forEachRemaining(rows::add);
            }
            return rows;
        });
    }
}
