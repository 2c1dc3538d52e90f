package org.w3id.parley.query;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.w3id.parley.ParleyException;
import org.w3id.parley.sparql.SparqlFile;
import org.w3id.parley.vocab.ParleyId;
import org.w3id.parley.vocab.Prefixes;

/**
 * Runs a query, with parameters bound, against a local store or a remote SPARQL endpoint, and writes
 * its results, with the evidence of each row when asked (and always in JSON when the query names its
 * claims): see {@link EvidenceLookup}.
 */
public final class QueryRunner {
    private static final Var EVIDENCE = Var.alloc("evidence");

    private final DatasetGraph store;
    private final Function<Query, QueryExecBuilder> target;
    private final String base;

    private QueryRunner(DatasetGraph store, Function<Query, QueryExecBuilder> target, String base) {
        this.store = store;
        this.target = target;
        this.base = base;
    }

    public static QueryRunner local(DatasetGraph store) {
        return new QueryRunner(store, query -> QueryExec.dataset(store).query(query), ParleyId.BASE);
    }

    public static QueryRunner remote(String endpointUrl) {
        return new QueryRunner(null, query -> QueryExecHTTP.service(endpointUrl).query(query), ParleyId.BASE);
    }

    /** The same runner, reading a parameter's path ({@code /id/actor/russia}) under {@code base}, a server's. */
    public QueryRunner under(String base) {
        return new QueryRunner(store, target, base);
    }

    public static Query parse(SparqlFile file) {
        try {
            return QueryFactory.create(file.text());
        } catch (QueryParseException ex) {
            throw new ParleyException(
                    file.name() + ": " + ex.getMessage().lines().findFirst().orElse("syntax error"), ex);
        }
    }

    /**
     * The query with {@code params} bound, each resource parameter resolved against the data this runner queries.
     *
     * @throws UnresolvedParameter when a value names nothing in the data, or several things
     */
    public Query bind(Query query, Map<String, String> params) {
        if (params.isEmpty()) return query;
        return Parameters.bind(query, params, new TermResolver(this::select, prefixes(), base));
    }

    /** The prefixes a parameter value may use besides the query's: Parley's own, then those the store declares. */
    private Map<String, String> prefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>(Prefixes.COMMON);
        if (store != null) prefixes.putAll(read(() -> store.prefixes().getMapping()));
        return prefixes;
    }

    /** Runs the query and writes its results to {@code out}; {@code evidence} adds an evidence column to table, CSV and TSV. */
    public void run(Query query, Map<String, String> params, ResultFormat format, boolean evidence, OutputStream out) {
        Query bound = bind(query, params);
        boolean withEvidence = bound.isSelectType()
                && EvidenceLookup.hasClaimColumns(bound.getProjectVars())
                && (evidence || format == ResultFormat.JSON);
        if (withEvidence)
            read(() -> writeWithEvidence(bound, format, out)); // rows and their evidence from one snapshot
        else
            read(() -> timed(() -> {
                write(target.apply(bound), bound, format, out);
                return null;
            }));
        flush(out);
    }

    /** All rows of a SELECT query, read in one go. */
    public List<Binding> select(Query query) {
        return read(() -> timed(() -> {
            List<Binding> rows = new ArrayList<>();
            try (QueryExec exec = target.apply(query).build()) {
                // TDB2 decodes a row's values lazily, and after the read transaction ends that can find nothing
                exec.select().forEachRemaining(row -> rows.add(BindingFactory.copy(row)));
            }
            return rows;
        }));
    }

    /**
     * Runs one query execution, so that a failure once the store's query timeout has passed comes out as the
     * {@link QueryCancelledException} it is. Jena can lose that exception: a query cut off while its hash join is
     * still being built throws a {@code NullPointerException} as it is closed (seen on {@code chains}), and a server
     * would answer 500 for a query that simply ran out of time.
     */
    private <T> T timed(Supplier<T> execution) {
        long start = System.nanoTime();
        try {
            return execution.get();
        } catch (QueryCancelledException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            if (!timedOut(start)) throw ex;
            QueryCancelledException cancelled = new QueryCancelledException();
            cancelled.addSuppressed(ex);
            throw cancelled;
        }
    }

    /** Whether the store's query timeout, if it has one, had passed by now for an execution begun at {@code start}. */
    private boolean timedOut(long start) {
        if (store == null) return false;
        Timeouts.Timeout timeout = Timeouts.extractQueryTimeout(store.getContext());
        if (timeout == null || !timeout.hasTimeout()) return false;
        long limit = Math.min(
                timeout.hasInitialTimeout() ? timeout.initialTimeoutMillis() : Long.MAX_VALUE,
                timeout.hasOverallTimeout() ? timeout.overallTimeoutMillis() : Long.MAX_VALUE);
        return (System.nanoTime() - start) / 1_000_000 >= limit;
    }

    private void writeWithEvidence(Query query, ResultFormat format, OutputStream out) {
        List<Var> vars = query.getProjectVars();
        List<Binding> rows = select(query);
        List<List<Evidence>> evidence = EvidenceLookup.forRows(rows, vars, this::select);
        if (format == ResultFormat.JSON) {
            writeJson(rows, vars, evidence, out);
            return;
        }
        List<Binding> withColumn = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String summary = String.join(
                    " | ", evidence.get(i).stream().map(Evidence::summary).toList());
            withColumn.add(BindingFactory.binding(rows.get(i), EVIDENCE, NodeFactory.createLiteralString(summary)));
        }
        List<Var> columns = new ArrayList<>(vars);
        columns.add(EVIDENCE);
        ResultSet results = ResultSet.adapt(RowSetStream.create(columns, withColumn.iterator()));
        if (format == ResultFormat.TABLE) ResultSetFormatter.out(out, results, query.getPrologue());
        else ResultSetMgr.write(out, results, format.rows);
    }

    /**
     * SPARQL 1.1 JSON results, plus a top-level {@code evidence} array with one list per row, in row
     * order: any SPARQL client still reads the results, and the evidence sits alongside.
     */
    private static void writeJson(List<Binding> rows, List<Var> vars, List<List<Evidence>> evidence, OutputStream out) {
        ByteArrayOutputStream standard = new ByteArrayOutputStream();
        ResultSetMgr.write(
                standard, ResultSet.adapt(RowSetStream.create(vars, rows.iterator())), ResultFormat.JSON.rows);
        JsonObject json = JSON.parse(standard.toString(StandardCharsets.UTF_8));
        JsonArray perRow = new JsonArray();
        for (List<Evidence> row : evidence) {
            JsonArray entries = new JsonArray();
            row.forEach(e -> entries.add(e.toJson()));
            perRow.add(entries);
        }
        json.put("evidence", perRow);
        JSON.write(out, json);
    }

    private void read(Runnable action) {
        read(() -> {
            action.run();
            return null;
        });
    }

    /** Runs {@code action} in a read transaction (joining the current one, if any) on a local store. */
    private <T> T read(Supplier<T> action) {
        return store == null || store.isInTransaction() ? action.get() : Txn.calculateRead(store, action);
    }

    private static void write(QueryExecBuilder exec, Query query, ResultFormat format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rows = ResultSet.adapt(exec.select());
            if (format == ResultFormat.TABLE)
                ResultSetFormatter.out(out, rows, query.getPrologue()); // shortens IRIs with the query's prefixes
            else ResultSetMgr.write(out, rows, format.rows);
        } else if (query.isAskType()) {
            ResultSetMgr.write(out, exec.ask(), format.rows);
        } else {
            Graph graph = query.isConstructType() ? exec.construct() : exec.describe();
            RDFDataMgr.write(out, graph, format.graph);
        }
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
