package org.w3id.parley.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * One benchmark run.
 *
 * @param articles    size of the synthetic corpus
 * @param seed        its seed
 * @param work        where the corpus, stores, logs and results go
 * @param ontology    the ontology folder loaded with the corpus
 * @param systems     which systems take part: parley, parley-nocache (its server without the result cache), tdb2 (ingest
 *                    only), fuseki, virtuoso
 * @param warmup      runs of each query before timing
 * @param runs        timed runs of each query (fewer when {@code queryBudget} runs out first)
 * @param queryBudget the most time spent timing one query on one system
 * @param clients     concurrent clients in the serving test
 * @param duration    how long each serving test runs
 * @param heap        -Xmx of every JVM under test
 * @param timeout     query timeout of every server under test
 * @param sections    which parts run: ingest, queries (latency, serving, startup), growth (one article into a store of
 *                    N and into an empty one), reloads (disk use after reloading one file)
 * @param reloads     how many times the reloads part reloads its file
 */
public record BenchSettings(
        int articles,
        long seed,
        Path work,
        Path ontology,
        Set<String> systems,
        int warmup,
        int runs,
        Duration queryBudget,
        int clients,
        Duration duration,
        String heap,
        Duration timeout,
        Set<String> sections,
        int reloads) {

    public static final Set<String> SYSTEMS = Set.of("parley", "parley-nocache", "tdb2", "fuseki", "virtuoso");
    public static final Set<String> SECTIONS = Set.of("ingest", "queries", "growth", "reloads");

    boolean has(String section) {
        return sections.contains(section);
    }

    boolean includes(String system) {
        return systems.contains(system);
    }
}
