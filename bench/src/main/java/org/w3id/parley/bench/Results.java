package org.w3id.parley.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one benchmark run measured, in the order it was measured. */
final class Results {
    record Machine(String cpu, int cores, long memoryMb, String os, String java) {}

    /** Heap of a JVM under test, MiB: the most it grew to, and the most still in use after a collection. */
    record Heap(Long peakMb, Long liveMb) {
        static final Heap NONE = new Heap(null, null);
    }

    record Ingest(String system, String what, long quads, double seconds, Heap heap) {
        double quadsPerSecond() {
            return quads / seconds;
        }
    }

    /** {@code firstMs} is the first run after the server started: no warm caches, no JIT. */
    record Latency(String query, String system, double firstMs, Stats stats, Long rows, String error) {}

    record Throughput(String system, String target, long requests, long errors, double seconds, Stats stats) {
        double perSecond() {
            return requests / seconds;
        }
    }

    record Startup(String system, double seconds, Heap heap) {}

    /**
     * One article added to a store that holds {@code storeArticles} articles (0: only the ontology and the actors):
     * {@code seconds} is the whole load for Parley (a JVM of its own, start included) and the one request for a running
     * server.
     */
    record Growth(String system, String how, int storeArticles, long quads, double seconds, Heap heap, Long maxRssMb) {}

    /**
     * One file reloaded {@code reloads} times into a store of {@code storeArticles} articles, with one claim's label
     * changed each time; the store's size (bytes of its files) after that, after a fresh load of the same final files,
     * and after {@code parley compact}.
     */
    record Reloads(
            int storeArticles,
            int reloads,
            double medianSeconds,
            double maxSeconds,
            Heap maxHeap,
            Long maxRssMb,
            long freshBytes,
            long reloadedBytes,
            long compactedBytes) {}

    final Map<String, Object> settings = new LinkedHashMap<>();
    Machine machine;
    final List<String> skipped = new ArrayList<>();
    final List<Ingest> ingest = new ArrayList<>();
    final List<Latency> latency = new ArrayList<>();
    final List<Throughput> throughput = new ArrayList<>();
    final List<Startup> startup = new ArrayList<>();
    final List<Growth> growth = new ArrayList<>();
    /** Null when the run did not reload. */
    Reloads reloads;
}
