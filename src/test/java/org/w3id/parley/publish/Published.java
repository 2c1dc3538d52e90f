package org.w3id.parley.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.w3id.parley.load.Inference;
import org.w3id.parley.load.Loader;
import org.w3id.parley.load.Validation;
import org.w3id.parley.serve.ParleyServer;
import org.w3id.parley.serve.ServeSettings;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Http;

/** The project's ontology and article, loaded through the real pipeline and served by the real server on a free port. */
public final class Published implements AutoCloseable {
    public static final String ID = "https://w3id.org/parley/id/";

    public final DatasetGraph store;
    public final FusekiServer server;
    public final String url;

    private Published(DatasetGraph store, String base) {
        this.store = store;
        this.server = ParleyServer.build(
                store,
                new ServeSettings(
                        "localhost",
                        0,
                        Duration.ofSeconds(30),
                        Optional.empty(),
                        ServeSettings.DEFAULT_MAX_REQUEST_BYTES,
                        base,
                        ServeSettings.DEFAULT_CACHE_BYTES));
        server.start();
        this.url = "http://localhost:" + server.getHttpPort();
    }

    /** The article, as {@code ./parley serve} serves it. */
    public static Published article() {
        DatasetGraph store = Stores.inMemory();
        new Loader(store, Validation.fromFile(Path.of("ontology/shapes.ttl")), Inference.standard(), line -> {})
                .load(List.of(Path.of("ontology"), Path.of("data")));
        return new Published(store, ServeSettings.DEFAULT_BASE);
    }

    /** Whatever is already in {@code store}, under another base. */
    public static Published of(DatasetGraph store, String base) {
        return new Published(store, base);
    }

    public HttpResponse<String> get(String path, String accept) {
        return Http.get(url + path, accept);
    }

    /** The page at {@code path}, as a browser asks for it; anything but 200 fails the test. */
    public String html(String path) {
        HttpResponse<String> response = get(path, "text/html");
        assertEquals(200, response.statusCode(), () -> path + ": " + response.body());
        return response.body();
    }

    public HttpResponse<byte[]> getBytes(String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                .header("Accept", accept)
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        try {
            return Http.client().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Parses a response body as {@code lang}, strictly: a warning fails the parse like an error. */
    public static DatasetGraph parse(String body, Lang lang) {
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
                .lang(lang)
                .strict(true)
                .checking(true)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                .parse(parsed);
        return parsed;
    }

    public long count(String select) {
        return Txn.calculateRead(store, () -> {
            try (QueryExec exec = QueryExec.dataset(store).query(select).build()) {
                return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
            }
        });
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
