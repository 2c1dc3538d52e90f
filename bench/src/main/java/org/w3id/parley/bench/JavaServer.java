package org.w3id.parley.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.w3id.parley.ParleyException;

/** A server in its own JVM (Parley, or a plain Fuseki), started and timed to its first answer. */
final class JavaServer implements Server {
    private static final String PROBE = "ASK { ?s ?p ?o }";

    private final String name;
    private final Process process;
    private final Endpoint sparql;
    private final Optional<String> page;
    private final Path gcLog;
    private final double startup;
    private Results.Heap heap;

    private JavaServer(
            String name, Process process, Endpoint sparql, Optional<String> page, Path gcLog, double startup) {
        this.name = name;
        this.process = process;
        this.sparql = sparql;
        this.page = page;
        this.gcLog = gcLog;
        this.startup = startup;
    }

    /** Starts {@code mainClass} and waits until {@code sparqlUrl} answers a query. */
    static JavaServer start(
            String name,
            String heap,
            Path logs,
            String mainClass,
            List<String> args,
            String sparqlUrl,
            Optional<String> page,
            Duration timeout) {
        Path gcLog = logs.resolve(name + "-serve-gc.log");
        Path output = logs.resolve(name + "-serve.log");
        long begin = System.nanoTime();
        Process process = JavaProcess.start(JavaProcess.builder(heap, gcLog, output, mainClass, args));
        Endpoint endpoint = new Endpoint(sparqlUrl, timeout);
        long deadline = begin + TimeUnit.MINUTES.toNanos(5);
        while (true) {
            if (!process.isAlive())
                throw new ParleyException(name + " stopped before answering:\n" + JavaProcess.tail(output));
            if (endpoint.query(PROBE).ok()) break;
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new ParleyException(name + " did not answer within 5 minutes:\n" + JavaProcess.tail(output));
            }
            sleep(20);
        }
        double startup = (System.nanoTime() - begin) / 1e9;
        return new JavaServer(name, process, endpoint, page, gcLog, startup);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Endpoint sparql() {
        return sparql;
    }

    @Override
    public Optional<String> page() {
        return page;
    }

    @Override
    public double startupSeconds() {
        return startup;
    }

    @Override
    public synchronized Results.Heap stop() {
        if (heap == null) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS))
                    process.destroyForcibly().waitFor();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            heap = JavaProcess.heap(gcLog);
        }
        return heap;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new ParleyException("interrupted");
        }
    }
}
