package org.w3id.parley.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.w3id.parley.publish.Paths;
import org.w3id.parley.publish.Paths.Endpoint;
import org.w3id.parley.publish.http.ErrorPages;
import org.w3id.parley.publish.http.LinkedData;
import org.w3id.parley.store.StoreVersion;

/**
 * The one place the Fuseki server is put together. Dataset {@value Paths#DATASET}: SPARQL query
 * at {@code sparql} and {@code query}, Graph Store Protocol read at {@code get}. Update and Graph Store
 * write exist only when a password file is given, and then only for users in it.
 */
public final class ParleyServer {

    public static FusekiServer build(DatasetGraph store, ServeSettings settings) {
        DataService.Builder dataset = DataService.newBuilder(store)
                .addEndpoint(Operation.Query, Endpoint.SPARQL.segment())
                .addEndpoint(Operation.Query, Endpoint.QUERY.segment())
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R, Endpoint.GET.segment())
                .addEndpoint(Operation.GSP_R);

        List<FusekiModule> modules = new ArrayList<>(List.of(
                new QuerySafety(settings.timeout()),
                new RequestLog(),
                new NoStylesheet(Paths.DATASET + "/*"),
                new Utf8ErrorMessages(Paths.DATASET + "/*")));
        if (settings.authFile().isPresent()) modules.add(new WriteGuard(Endpoint.UPDATE.path(), Endpoint.DATA.path()));
        if (settings.cacheBytes() > 0)
            modules.add(new ResultCache(
                    new StoreVersion(store), settings.cacheBytes(), Endpoint.SPARQL.path(), Endpoint.QUERY.path()));
        // innermost of the filters: others (the cache) may capture what Fuseki prints
        modules.add(new Utf8ErrorMessages(Paths.DATASET + "/*"));
        modules.add(new LinkedData(store, settings.base(), settings.authFile().isPresent()));
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(isLoopback(settings.host()))
                .enablePing(true)
                .fusekiModules(FusekiModules.create(modules))
                .registerOperation(Operation.Query, new ServedQuery())
                .registerOperation(Operation.GSP_R, new GraphStoreRead());

        settings.authFile().ifPresent(file -> {
            AuthPolicy writers = Auth.ANY_USER;
            dataset.addEndpoint(Operation.Update, Endpoint.UPDATE.segment(), writers)
                    .addEndpoint(Operation.GSP_RW, Endpoint.DATA.segment(), writers);
            builder.passwordFile(file.toString())
                    .serverAuthPolicy(Auth.ANY_ANON)
                    .registerOperation(Operation.Update, new ClientUpdateErrors())
                    .registerOperation(Operation.GSP_RW, new NamedGraphStore());
        });

        FusekiServer server = builder.add(Paths.DATASET, dataset).build();
        bindTo(server, settings.host());
        limitRequestSize(server, settings.maxRequestBytes());
        checkBasicCredentials(server);
        ErrorPages.install(server);
        compress(server);
        return server;
    }

    /**
     * Gzip for every answer of a client that accepts it ({@code Accept-Encoding: gzip}), GET and POST alike, with
     * {@code Vary: Accept-Encoding}. Jetty's defaults leave out what is compressed already (the {@code .nq.gz} dump,
     * {@code application/gzip}), answers under 32 bytes, and request bodies (never inflated, so the request size limit
     * holds for what was sent). Outermost, so that error pages are compressed too.
     */
    @SuppressWarnings("removal") // Jetty 12.1's successor is in a module the project does not otherwise need
    private static void compress(FusekiServer server) {
        Server jetty = server.getJettyServer();
        GzipHandler gzip = new GzipHandler();
        gzip.setIncludedMethods("GET", "POST");
        gzip.setHandler(jetty.getHandler());
        jetty.setHandler(gzip);
    }

    /**
     * A 10 MB query string would otherwise be parsed in full before any timeout applies; a compressed body would be
     * inflated past the limit, and a slow one would hold a thread.
     */
    private static void limitRequestSize(FusekiServer server, long maxBytes) {
        Server jetty = server.getJettyServer();
        jetty.setHandler(new RequestBodyGuard(jetty.getHandler(), maxBytes));
    }

    /** In front of Jetty's authenticator, which throws on credentials that are not base64. */
    private static void checkBasicCredentials(FusekiServer server) {
        Server jetty = server.getJettyServer();
        jetty.setHandler(new BasicCredentialsCheck(jetty.getHandler()));
    }

    /** Fuseki knows only "loopback" or "every interface"; any other address is set on the connector. */
    private static void bindTo(FusekiServer server, String host) {
        if (isLoopback(host) || isAnyAddress(host)) return;
        for (Connector connector : server.getJettyServer().getConnectors())
            if (connector instanceof ServerConnector serverConnector) serverConnector.setHost(host);
    }

    private static boolean isAnyAddress(String host) {
        return host.equals("0.0.0.0") || host.equals("*") || host.equals("::");
    }

    private static boolean isLoopback(String host) {
        if (host.equals("localhost")) return true;
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException ex) {
            return false;
        }
    }

    private ParleyServer() {}
}
