package org.w3id.parley.query;

import java.io.OutputStream;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;

import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;

/** Runs a query, with parameters bound, against a local store or a remote SPARQL endpoint. */
public final class QueryRunner {
    private final DatasetGraph store;
    private final String endpoint;

    private QueryRunner(DatasetGraph store, String endpoint) {
        this.store = store;
        this.endpoint = endpoint;
    }

    public static QueryRunner local(DatasetGraph store) {
        return new QueryRunner(store, null);
    }

    public static QueryRunner remote(String endpointUrl) {
        return new QueryRunner(null, endpointUrl);
    }

    public static Query parse(org.w3id.parley.sparql.SparqlFile file) {
        try {
            return QueryFactory.create(file.text());
        } catch (QueryParseException ex) {
            throw new QueryException(file.name() + ": " + ex.getMessage().lines().findFirst().orElse("syntax error"), ex);
        }
    }

    /** Runs the query and writes its results to {@code out}. */
    public void run(Query query, Map<String, String> params, ResultFormat format, OutputStream out) {
        Query bound = Parameters.bind(query, params);
        if (store != null)
            Txn.executeRead(store, () -> write(QueryExec.dataset(store).query(bound), bound, format, out));
        else
            write(QueryExecHTTP.service(endpoint).query(bound), bound, format, out);
        try {
            out.flush();
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private static void write(QueryExecBuilder exec, Query query, ResultFormat format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rows = ResultSet.adapt(exec.select());
            if (format == ResultFormat.TABLE)
                ResultSetFormatter.out(out, rows, query.getPrologue());   // shortens IRIs with the query's prefixes
            else
                ResultSetMgr.write(out, rows, format.rows);
        } else if (query.isAskType()) {
            ResultSetMgr.write(out, exec.ask(), format.rows);
        } else {
            Graph graph = query.isConstructType() ? exec.construct() : exec.describe();
            RDFDataMgr.write(out, graph, format.graph);
        }
    }
}
