package org.w3id.parley.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.TestServer;

/**
 * Request bodies that {@code Content-Length} does not bound: compressed ones, chunked ones, and ones that trickle
 * in. Sent over raw sockets to loopback, so the test decides exactly what travels and when.
 */
class RequestBodiesTest {
    private static final int LIMIT = 64 * 1024;
    private static final String QUERY = "ASK { ?s ?p ?o }\n";
    /** How long a socket waits for the server's answer: a bound against hanging, not a claim about speed. */
    private static final int ANSWER_WAIT_MS = 20_000;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = Article.serverWith().maxRequestBytes(LIMIT).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Fuseki would inflate it after the limit counted the compressed bytes: a small body unpacks past the limit. */
    @Test
    void aCompressedBodyIsRefusedSinceTheLimitCouldNotCountWhatItUnpacksTo() throws IOException {
        byte[] query = (QUERY + " ".repeat(4 * LIMIT)).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(query);
        }
        assertTrue(gzipped.size() < LIMIT);
        String answer = send(
                head("application/sparql-query", "Content-Encoding: gzip\r\nContent-Length: " + gzipped.size()),
                gzipped.toByteArray());
        assertEquals("HTTP/1.1 415", statusOf(answer), answer);
        assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("accept-encoding: identity"), answer);
        assertTrue(ask(), "the server stopped answering");
    }

    /** The limit is passed while the body is read, not by its length: still 413, for a query body and a form. */
    @Test
    void aChunkedBodyPastTheLimitIs413() throws IOException {
        String padded = QUERY + " ".repeat(2 * LIMIT);
        byte[] asQuery = padded.getBytes(StandardCharsets.UTF_8);
        byte[] asForm = ("query=" + Http.encode(padded)).getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("application/sparql-query", "application/x-www-form-urlencoded")) {
            byte[] body = chunked(type.endsWith("sparql-query") ? asQuery : asForm);
            String answer = send(head(type, "Transfer-Encoding: chunked"), body);
            assertEquals("HTTP/1.1 413", statusOf(answer), type + ": " + answer);
        }
        byte[] small = chunked(QUERY.getBytes(StandardCharsets.UTF_8));
        String answer = send(head("application/sparql-query", "Transfer-Encoding: chunked"), small);
        assertEquals("HTTP/1.1 200", statusOf(answer), answer);
        assertTrue(ask(), "the server stopped answering");
    }

    /**
     * Eight clients promise a 60 000-byte query (under the limit) and send a byte every quarter second. While they trickle, a cheap
     * query is answered right; each of them is cut off (408 or the connection closed) well before its body could
     * arrive, instead of holding a request thread for as long as it keeps sending.
     */
    @Test
    void slowBodiesAreCutOffAndACheapQueryIsAnsweredMeanwhile() throws Exception {
        List<Socket> slow = new ArrayList<>();
        Thread trickle = null;
        try {
            for (int i = 0; i < 8; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
                socket.setSoTimeout(ANSWER_WAIT_MS);
                socket.getOutputStream()
                        .write((head("application/x-www-form-urlencoded", "Content-Length: 60000") + "query=")
                                .getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            trickle = new Thread(() -> trickle(slow), "slow-bodies");
            trickle.setDaemon(true);
            trickle.start();

            assertTrue(ask(), "the cheap query was not answered while slow bodies were arriving");

            for (Socket socket : slow) {
                String answer = answerOf(socket);
                assertTrue(
                        answer.startsWith("HTTP/1.1 408") || answer.startsWith("closed"),
                        "a slow body was not cut off: " + answer);
            }
        } finally {
            if (trickle != null) trickle.interrupt();
            for (Socket socket : slow) socket.close();
        }
        assertTrue(ask(), "the server stopped answering");
    }

    /** One byte to each socket every 250 ms, at most 100 rounds, until every socket has failed or the test ends. */
    private static void trickle(List<Socket> sockets) {
        boolean[] done = new boolean[sockets.size()];
        for (int round = 0; round < 100 && !Thread.currentThread().isInterrupted(); round++) {
            boolean any = false;
            for (int i = 0; i < sockets.size(); i++) {
                if (done[i]) continue;
                try {
                    OutputStream out = sockets.get(i).getOutputStream();
                    out.write('x');
                    out.flush();
                    any = true;
                } catch (IOException ex) {
                    done[i] = true;
                }
            }
            if (!any) return;
            try {
                Thread.sleep(250);
            } catch (InterruptedException ex) {
                return;
            }
        }
    }

    /** The cheap query, answered right. */
    private static boolean ask() {
        HttpResponse<String> response = Http.query(server.sparql(), QUERY, "application/sparql-results+json");
        return response.statusCode() == 200 && response.body().contains("true");
    }

    private static String head(String type, String framing) {
        return "POST /parley/sparql HTTP/1.1\r\nHost: localhost\r\nAccept: application/sparql-results+json\r\n"
                + "Content-Type: " + type + "\r\n" + framing + "\r\nConnection: close\r\n\r\n";
    }

    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 8192) {
            int n = Math.min(8192, body.length - at);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static String statusOf(String answer) {
        return answer.length() < 12 ? answer : answer.substring(0, 12);
    }

    /** The whole answer, read until the server closes; "closed: …" if the connection ended without one. */
    private static String send(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(ANSWER_WAIT_MS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            } catch (SocketException ex) {
                // the server may answer and close before the whole body is written: read what it said
            }
            return answerOf(socket);
        }
    }

    private static String answerOf(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) answer.write(buffer, 0, n);
        } catch (SocketTimeoutException ex) {
            fail("no answer and the connection still open after " + ANSWER_WAIT_MS + " ms");
        } catch (SocketException ex) {
            if (answer.size() == 0) return "closed: " + ex.getMessage();
        }
        return answer.size() == 0 ? "closed" : answer.toString(StandardCharsets.ISO_8859_1);
    }
}
