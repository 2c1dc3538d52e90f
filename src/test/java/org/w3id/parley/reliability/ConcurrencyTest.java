package org.w3id.parley.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.load.Inference;
import org.w3id.parley.load.Loader;
import org.w3id.parley.load.Validation;
import org.w3id.parley.store.Stores;

/** Readers querying while loads replace the data see the old state or the new one, never a mix; writes queue up. */
class ConcurrencyTest {
    private static final int ROUNDS = Integer.getInteger("parley.reliability.rounds", 20);
    private static final String COUNT =
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"http://example.org/v\")) }";

    @TempDir
    Path tmp;

    private static void write(Path file, int version, int triples) throws Exception {
        StringBuilder trig = new StringBuilder("<http://example.org/v" + version + "> {\n");
        for (int i = 0; i < triples; i++)
            trig.append("<http://example.org/s")
                    .append(i)
                    .append("> <http://example.org/p> ")
                    .append(i)
                    .append(" .\n");
        Files.writeString(file, trig.append("}\n").toString());
    }

    @Test
    void readersSeeEitherTheOldOrTheNewDataWhileLoadsReplaceIt() throws Exception {
        DatasetGraph store = Stores.openTdb2(tmp.resolve("store"));
        Loader loader = new Loader(store, Validation.none(), Inference.standard(), line -> {});
        Path file = tmp.resolve("data.trig");
        // The same file alternates between 1,000 and 3,000 triples: a reader must only ever count one of the two.
        write(file, 1, 1000);
        loader.load(List.of(file));

        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicLong reads = new AtomicLong();
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Callable<Void> reader = () -> {
            while (loading.get()) {
                long n = count(store);
                seen.add(n);
                reads.incrementAndGet();
            }
            return null;
        };
        List<Future<Void>> readers = List.of(pool.submit(reader), pool.submit(reader), pool.submit(reader));
        try {
            for (int round = 0; round < ROUNDS; round++) {
                write(file, round % 2 == 0 ? 2 : 1, round % 2 == 0 ? 3000 : 1000);
                loader.load(List.of(file));
            }
        } finally {
            loading.set(false);
        }
        for (Future<Void> running : readers) running.get(); // rethrows any reader's error
        pool.shutdown();
        assertTrue(Set.of(1000L, 3000L).containsAll(seen), "a reader saw a mixed state: " + seen);
        Reliability.record("concurrency", "rounds=" + ROUNDS + " reads=" + reads.get() + " states=" + seen);
    }

    @Test
    void concurrentLoadsAreSerialisedAndBothLand() throws Exception {
        DatasetGraph store = Stores.openTdb2(tmp.resolve("store"));
        Path a = tmp.resolve("a.trig"), b = tmp.resolve("b.trig");
        write(a, 3, 2000);
        write(b, 4, 2000);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> first = pool.submit(
                () -> new Loader(store, Validation.fromFile(fixture("shapes.ttl")), Inference.standard(), l -> {})
                        .load(List.of(a)));
        Future<?> second = pool.submit(
                () -> new Loader(store, Validation.fromFile(fixture("shapes.ttl")), Inference.standard(), l -> {})
                        .load(List.of(b)));
        first.get();
        second.get();
        pool.shutdown();
        long total = count(store);
        assertEquals(4000, total);
    }

    /** The answer of {@link #COUNT} over {@code store}, read in a transaction of its own. */
    private static long count(DatasetGraph store) {
        return Txn.calculateRead(
                store,
                () -> ((Number) QueryExec.dataset(store)
                                .query(QueryFactory.create(COUNT))
                                .select()
                                .next()
                                .get("n")
                                .getLiteralValue())
                        .longValue());
    }
}
