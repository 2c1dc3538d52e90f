package org.w3id.parley.serve;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.util.Context;
import org.w3id.parley.publish.Paths.Endpoint;

/**
 * Keeps a public endpoint up and to itself: every query is cancelled after the timeout (a request's
 * own {@code timeout} parameter may only shorten it), {@code SERVICE} never calls out to other
 * endpoints, and no query can run what would hold the server for longer or take more of its memory than a
 * timeout can stop ({@link QueryLimits}). Also allows cross-origin GET
 * and POST without credentials, so pages on other sites can query, but not write ({@link ReadOnlyCors}).
 */
final class QuerySafety implements FusekiModule {
    private final Duration timeout;

    QuerySafety(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "Parley query safety";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", new ReadOnlyCors(List.of(Endpoint.UPDATE.path(), Endpoint.DATA.path())));
    }

    @Override
    public void configDataAccessPoint(DataAccessPoint dap, Model configModel) {
        Context context = dap.getDataService().getDataset().getContext();
        context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        context.set(ARQ.httpServiceAllowed, false);
        QueryLimits.install(context);
    }
}
