package org.w3id.parley.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.w3id.parley.ParleyException;
import org.w3id.parley.sparql.SparqlFile;

/** Latency of each query over repeated runs, and throughput under concurrent clients. */
final class Measure {
    private final BenchSettings settings;
    private final Consumer<String> progress;

    Measure(BenchSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * Warm-up runs (at most a third of the time budget), then timed runs until {@code runs} or the time budget is spent.
     * The first answer gives the row count and the "first" time; without warm-up it is also the first timed run. A failed
     * answer ends it. A query slower than the whole budget counts its first run too.
     */
    Results.Latency latency(Server server, SparqlFile query) {
        long budget = settings.queryBudget().toNanos();
        Endpoint.Answer opening = server.sparql().query(query.text());
        Long rows = rows(opening);
        if (rows == null) return failed(server, query, opening);
        double first = opening.nanos() / 1e6;
        List<Long> timings = new ArrayList<>();
        long spent = opening.nanos();
        if (settings.warmup() == 0) {
            timings.add(opening.nanos());
        } else {
            if (opening.nanos() >= budget) timings.add(opening.nanos());
            for (int i = 1; i < settings.warmup() && spent < budget / 3; i++) {
                Endpoint.Answer answer = server.sparql().query(query.text());
                spent += answer.nanos();
                if (!answer.ok() || answer.cutOff()) return failed(server, query, answer);
            }
            spent = 0;
        }
        while (timings.isEmpty() || (timings.size() < settings.runs() && spent < budget)) {
            Endpoint.Answer answer = server.sparql().query(query.text());
            if (!answer.ok() || answer.cutOff()) return failed(server, query, answer);
            timings.add(answer.nanos());
            spent += answer.nanos();
        }
        Stats stats = Stats.ofNanos(timings);
        progress.accept(String.format(
                "  %-22s %-8s first %9.2f ms  p50 %9.2f ms  p95 %9.2f ms  (%d runs, %d rows)",
                query.name(), server.name(), first, stats.p50(), stats.p95(), stats.count(), rows));
        return new Results.Latency(query.name(), server.name(), first, stats, rows, null);
    }

    /** How many rows a whole answer has; {@code null} when it failed, or was cut off, even mid-row. */
    private static Long rows(Endpoint.Answer answer) {
        if (!answer.ok() || answer.cutOff()) return null;
        try {
            return answer.rows();
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private Results.Latency failed(Server server, SparqlFile query, Endpoint.Answer answer) {
        String body = new String(answer.body(), StandardCharsets.UTF_8).strip();
        boolean cutOff = answer.ok(); // a 200 fails only when its body stops short
        boolean timedOut = cutOff
                || answer.status() == 503
                || body.contains("HttpTimeoutException")
                || body.contains("timeout")
                || body.contains("S1T00");
        String reason = timedOut
                ? "timeout (over " + settings.timeout().toSeconds() + " s" + (cutOff ? ", answer cut off" : "") + ")"
                : "HTTP " + answer.status() + ": "
                        + body.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        reason = reason.length() > 160 ? reason.substring(0, 157) + "..." : reason;
        progress.accept(String.format("  %-22s %-8s failed: %s", query.name(), server.name(), reason));
        return new Results.Latency(query.name(), server.name(), Double.NaN, Stats.ofNanos(List.of()), null, reason);
    }

    /**
     * {@code clients} threads sending {@code request} back to back: first for a sixth of {@code duration}, untimed, so
     * the server's JIT is warm; then for {@code duration}, counted.
     */
    Results.Throughput throughput(Server server, String target, Supplier<Endpoint.Answer> request) {
        drive(
                request,
                settings.duration().dividedBy(6),
                Collections.synchronizedList(new ArrayList<>()),
                new AtomicLong());
        List<Long> timings = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        double seconds = drive(request, settings.duration(), timings, errors);
        Stats stats = Stats.ofNanos(timings);
        progress.accept(String.format(
                "  %-8s %s: %,.0f requests/s, p95 %.2f ms, %d errors",
                server.name(), target, timings.size() / seconds, stats.p95(), errors.get()));
        return new Results.Throughput(server.name(), target, timings.size(), errors.get(), seconds, stats);
    }

    private double drive(Supplier<Endpoint.Answer> request, Duration duration, List<Long> timings, AtomicLong errors) {
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(settings.clients());
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < settings.clients(); i++)
                running.add(clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        Endpoint.Answer answer = request.get();
                        if (answer.ok()) timings.add(answer.nanos());
                        else errors.incrementAndGet();
                    }
                }));
            for (Future<?> client : running) client.get();
        } catch (Exception ex) {
            throw new ParleyException("serving test failed: " + ex.getMessage(), ex);
        } finally {
            clients.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The first resource (in IRI order) of {@code type}, a class written with the {@code parley:} prefix. */
    static String first(Endpoint sparql, String type) {
        Endpoint.Answer answer = sparql.query("PREFIX parley: <https://w3id.org/parley/ontology#>\n"
                + "SELECT ?x WHERE { ?x a " + type + " } ORDER BY ?x LIMIT 1");
        if (!answer.ok())
            throw new ParleyException("cannot find a " + type + " in the corpus: HTTP " + answer.status());
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(answer.body()), ResultSetLang.RS_JSON);
        if (!rows.hasNext()) throw new ParleyException("the corpus has no " + type);
        QuerySolution row = rows.next();
        return row.getResource("x").getURI();
    }
}
