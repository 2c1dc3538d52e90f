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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.testing.Fixtures;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.LogCapture;
import org.w3id.parley.testing.TestServer;

/** Writers authenticate; the password file may hold hashes; credentials never reach a log. */
class AuthTest {
    private static final String INSERT =
            "INSERT DATA { GRAPH <http://example.org/graph/auth> { <http://example.org/a> <http://example.org/b> <http://example.org/c> } }";

    @TempDir
    Path tmp;

    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    /** A server that can write, so over a store of its own. */
    private String start(Path passwords) {
        server = TestServer.over(Fixtures.chainStore()).auth(passwords).start();
        return server.dataset();
    }

    @Test
    void aPasswordFileWithHashesWorksAndRefusesAnythingElse() throws Exception {
        String md5 = String.format(
                "%032x",
                new BigInteger(1, MessageDigest.getInstance("MD5").digest("s3cret".getBytes(StandardCharsets.UTF_8))));
        Path passwords = Files.writeString(tmp.resolve("passwd"), "editor: MD5:" + md5 + "\n");
        String base = start(passwords);

        assertEquals(401, Http.update(base + "update", INSERT, null, null).statusCode());
        assertEquals(
                401, Http.update(base + "update", INSERT, "editor", "wrong").statusCode());
        assertEquals(
                401,
                Http.update(base + "update", INSERT, "editor", "MD5:" + md5).statusCode());
        assertEquals(
                401, Http.update(base + "update", INSERT, "nobody", "s3cret").statusCode());
        assertEquals(
                204, Http.update(base + "update", INSERT, "editor", "s3cret").statusCode());
        Reliability.record(
                "auth",
                "anonymous=401 wrong-password=401 hash-as-password=401 unknown-user=401 right=204 (MD5 password file)");
    }

    @Test
    void credentialsNeverReachTheLog() {
        String base = start(fixture("users.passwd"));
        String token = Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));
        try (LogCapture requests = LogCapture.of("org.w3id.parley.Request");
                LogCapture everything = LogCapture.of("")) {
            assertEquals(
                    204,
                    Http.update(base + "update", INSERT, "editor", "s3cret").statusCode());
            assertEquals(
                    401, Http.update(base + "update", INSERT, "editor", "guess").statusCode());
            Http.send(HttpRequest.newBuilder(URI.create(base + "sparql?query=ASK%7B%7D"))
                    .header("Authorization", "Basic " + token)
                    .GET()
                    .build());
            List<String> lines = new ArrayList<>(requests.lines());
            lines.addAll(everything.lines());
            assertFalse(lines.isEmpty(), "nothing was logged at all");
            for (String line : lines) {
                assertFalse(line.contains("s3cret") || line.contains("guess") || line.contains(token), line);
                assertFalse(line.toLowerCase(Locale.ROOT).contains("authorization"), line);
            }
        }
    }
}
