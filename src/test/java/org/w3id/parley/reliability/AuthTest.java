package org.w3id.parley.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    /** Not valid base64: a client's mistake, so a 4xx, not a 500 with a stack trace in the log. */
    @Test
    void aMalformedAuthorizationHeaderIsRefusedWithoutAStackTrace() {
        String base = start(fixture("users.passwd"));
        try (LogCapture everything = LogCapture.of("")) {
            for (String header : List.of("Basic %%%%", "Basic ZWRpdG9y", "Basic")) {
                HttpResponse<String> update = Http.send(HttpRequest.newBuilder(URI.create(base + "update"))
                        .header("Authorization", header)
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(INSERT))
                        .build());
                assertTrue(
                        update.statusCode() == 400 || update.statusCode() == 401,
                        header + ": " + update.statusCode() + " " + update.body());
                assertFalse(update.body().contains("Exception"), update::body);
                HttpResponse<String> query =
                        Http.send(HttpRequest.newBuilder(URI.create(base + "sparql?query=ASK%7B%7D"))
                                .header("Authorization", header)
                                .GET()
                                .build());
                assertTrue(query.statusCode() < 500, header + ": " + query.statusCode() + " " + query.body());
                assertFalse(query.body().contains("Exception"), query::body);
            }
            assertEquals(List.of(), everything.thrown());
        }
        Reliability.record("auth", "malformed basic credentials=4xx, no stack trace");
    }
}
