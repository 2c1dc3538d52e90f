package org.w3id.parley.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.w3id.parley.sparql.SparqlFiles;

/** The pages' own queries, from {@code src/main/resources/publish/*.rq}, run against the store. */
final class Select {
    private Select() {}

    static List<Binding> rows(DatasetGraph store, String resource, Map<String, Node> bindings) {
        Query query = QueryFactory.create(SparqlFiles.readResource("publish/" + resource));
        return Txn.calculateRead(store, () -> {
            QueryExecBuilder builder = QueryExec.dataset(store).query(query);
            bindings.forEach(builder::substitution);
            List<Binding> rows = new ArrayList<>();
            try (QueryExec exec = builder.build()) {
                exec.select().forEachRemaining(rows::add);
            }
            return rows;
        });
    }
}
