package org.w3id.parley.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.load.Inference;
import org.w3id.parley.load.Loader;
import org.w3id.parley.load.Validation;
import org.w3id.parley.serve.ParleyServer;
import org.w3id.parley.serve.ServeSettings;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.LogCapture;

/** Writers authenticate; the password file may hold hashes; credentials never reach a log. */
class AuthTest {
    private static final String INSERT = "INSERT DATA { GRAPH <http://example.org/graph/auth> { <http://example.org/a> <http://example.org/b> <http://example.org/c> } }";

    @TempDir
    Path tmp;
    private FusekiServer server;

    @AfterEach
    void stop() {
        if (server != null)
            server.stop();
    }

    private String start(Path passwords) {
        DatasetGraph store = Stores.inMemory();
        new Loader(store, Validation.none(), Inference.standard(), l -> {}).load(List.of(fixture("chain.trig")));
        server = ParleyServer.build(store, new ServeSettings("localhost", 0, Duration.ofSeconds(5), Optional.of(passwords)));
        server.start();
        return "http://localhost:" + server.getHttpPort() + "/parley/";
    }

    @Test
    void aPasswordFileWithHashesWorksAndRefusesAnythingElse() throws Exception {
        String md5 = String.format("%032x", new BigInteger(1, MessageDigest.getInstance("MD5").digest("s3cret".getBytes(StandardCharsets.UTF_8))));
        Path passwords = Files.writeString(tmp.resolve("passwd"), "editor: MD5:" + md5 + "\n");
        String base = start(passwords);

        assertEquals(401, Http.update(base + "update", INSERT, null, null).statusCode());
        assertEquals(401, Http.update(base + "update", INSERT, "editor", "wrong").statusCode());
        assertEquals(401, Http.update(base + "update", INSERT, "editor", "MD5:" + md5).statusCode());
        assertEquals(401, Http.update(base + "update", INSERT, "nobody", "s3cret").statusCode());
        assertEquals(204, Http.update(base + "update", INSERT, "editor", "s3cret").statusCode());
        Reliability.record("auth", "anonymous=401 wrong-password=401 hash-as-password=401 unknown-user=401 right=204 (MD5 password file)");
    }

    @Test
    void credentialsNeverReachTheLog() {
        String base = start(fixture("users.passwd"));
        String token = Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));
        try (LogCapture requests = LogCapture.of("org.w3id.parley.Request"); LogCapture everything = LogCapture.of("")) {
            assertEquals(204, Http.update(base + "update", INSERT, "editor", "s3cret").statusCode());
            assertEquals(401, Http.update(base + "update", INSERT, "editor", "guess").statusCode());
            Http.send(HttpRequest.newBuilder(URI.create(base + "sparql?query=ASK%7B%7D")).header("Authorization", "Basic " + token).GET().build());
            List<String> lines = new java.util.ArrayList<>(requests.lines());
            lines.addAll(everything.lines());
            assertFalse(lines.isEmpty(), "nothing was logged at all");
            for (String line : lines) {
                assertFalse(line.contains("s3cret") || line.contains("guess") || line.contains(token), line);
                assertFalse(line.toLowerCase().contains("authorization"), line);
            }
        }
    }
}
