package org.w3id.parley.testing;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * A query that stays running on an in-process server until the test releases it: it calls a SPARQL function,
 * registered in this JVM, that waits. With it a test can say "while a query is running" without guessing how
 * long anything takes on a busy machine.
 *
 * <pre>
 * try (HeldQuery held = HeldQuery.send(server.sparql())) {
 *     held.awaitRunning();              // the server is executing it now
 *     ... the server answers something else ...
 *     assertFalse(held.isDone());
 * }
 * </pre>
 */
public final class HeldQuery implements AutoCloseable {
    /** Bounds against hanging forever, not a performance claim. */
    private static final long GUARD_SECONDS = 60;

    private static final String FUNCTION = "urn:x-parley-test:hold";
    private static final Map<String, HeldQuery> HELD = new ConcurrentHashMap<>();

    static {
        FunctionRegistry.get().put(FUNCTION, Hold.class);
    }

    private final String token = UUID.randomUUID().toString();
    private final CountDownLatch running = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private CompletableFuture<HttpResponse<String>> response;

    private HeldQuery() {}

    /** Sends the held query to {@code endpoint} (a server in this JVM) and returns at once. */
    public static HeldQuery send(String endpoint) {
        HeldQuery held = new HeldQuery();
        HELD.put(held.token, held);
        held.response = Http.queryAsync(
                endpoint,
                "ASK { VALUES ?token { \"" + held.token + "\" } FILTER(<" + FUNCTION + ">(?token)) }",
                "application/sparql-results+json");
        return held;
    }

    /** Returns once the server is executing the query; fails if it never does. */
    public void awaitRunning() {
        try {
            if (!running.await(GUARD_SECONDS, TimeUnit.SECONDS))
                throw new AssertionError("the held query never started running on the server"
                        + (response.isDone()
                                ? ": it was answered " + response.join().statusCode() + " "
                                        + response.join().body()
                                : ""));
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** Whether the server has answered it. Before {@link #release()} it cannot have, unless something broke. */
    public boolean isDone() {
        return response.isDone();
    }

    /** Lets the query finish and returns the server's answer (200, or 503 if the server's timeout passed meanwhile). */
    public HttpResponse<String> release() {
        released.countDown();
        try {
            return response.get(GUARD_SECONDS, TimeUnit.SECONDS);
        } catch (Exception ex) {
            throw new IllegalStateException("the held query was not answered after its release", ex);
        } finally {
            HELD.remove(token);
        }
    }

    @Override
    public void close() {
        if (released.getCount() > 0) release();
    }

    /** The SPARQL function: marks its query running, then waits for the release. Public for Jena's function registry. */
    public static final class Hold extends FunctionBase1 {
        @Override
        public NodeValue exec(NodeValue token) {
            HeldQuery held = HELD.get(token.asString());
            if (held == null) return NodeValue.FALSE;
            held.running.countDown();
            try {
                held.released.await(GUARD_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            return NodeValue.TRUE;
        }
    }
}
