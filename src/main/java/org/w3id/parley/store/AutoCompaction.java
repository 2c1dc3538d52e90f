package org.w3id.parley.store;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Compacts a served store once it has grown past {@code factor} times its size right after its last compaction (or
 * its first load): checked now, and then every {@code period} for the dead space updates leave. Readers keep reading
 * while it runs; writers wait for the switch to the new generation.
 */
public final class AutoCompaction implements AutoCloseable {
    private final DatasetGraph store;
    private final double factor;
    private final Consumer<String> report;
    private final ScheduledExecutorService checks;

    /** Checks {@code store} and, unless {@code factor} is 0 or the store is in memory, keeps checking. */
    public AutoCompaction(DatasetGraph store, double factor, Duration period, Consumer<String> report) {
        if (factor != 0 && factor <= 1) throw new IllegalArgumentException("factor must be 0 or above 1: " + factor);
        this.store = store;
        this.factor = factor;
        this.report = report;
        this.checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "parley-compaction");
            thread.setDaemon(true);
            return thread;
        });
        if (enabled()) {
            // checkQuietly catches what a check throws, so the schedule's own future has nothing to report
            var unused = checks.scheduleWithFixedDelay(
                    this::checkQuietly, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Compacts now if the store is past the threshold; what was done, if anything. */
    public synchronized Optional<Compaction.Result> checkNow() {
        return enabled() ? ifDue(store, factor, report) : Optional.empty();
    }

    /**
     * Compacts the on-disk {@code store} if it is past {@code factor} times its size after its last compaction, and
     * reports it: once, as after a load.
     */
    public static Optional<Compaction.Result> ifDue(DatasetGraph store, double factor, Consumer<String> report) {
        if (!Compaction.isDue(store, factor)) return Optional.empty();
        Compaction.Result result = Compaction.compact(store);
        report.accept("Compacted the store, " + factor + "x its size after the last compaction: " + result.summary());
        return Optional.of(result);
    }

    private boolean enabled() {
        return factor != 0 && Compaction.isOnDisk(store);
    }

    private void checkQuietly() {
        try {
            checkNow();
        } catch (RuntimeException ex) {
            // The store keeps serving uncompacted; the next check tries again.
            report.accept("Compaction failed, will retry: " + ex.getMessage());
        }
    }

    /** Stops checking, letting a compaction under way finish so the store closes on one generation. */
    @Override
    public void close() {
        checks.shutdown();
        try {
            if (!checks.awaitTermination(10, TimeUnit.MINUTES)) checks.shutdownNow();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
