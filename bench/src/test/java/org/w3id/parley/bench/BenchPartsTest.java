package org.w3id.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of the benchmark that do not need other systems: statistics, the GC log, Virtuoso's settings, the report. */
class BenchPartsTest {

    @Test
    void percentilesAreNearestRank() {
        Stats stats = Stats.ofNanos(
                LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).boxed().toList());
        assertEquals(100, stats.count());
        assertEquals(50.0, stats.p50());
        assertEquals(95.0, stats.p95());
        assertEquals(99.0, stats.p99());
        assertEquals(7.0, Stats.ofNanos(List.of(7_000_000L)).p99());
    }

    @Test
    void anAnswerCutOffByTheServersTimeoutIsToldFromAWholeOne() {
        byte[] whole = "{ \"head\": { \"vars\": [ \"x\" ] },\n  \"results\": { \"bindings\": [ ] }\n}\n"
                .getBytes(StandardCharsets.UTF_8);
        Endpoint.Answer complete = new Endpoint.Answer(200, whole, 1);
        Endpoint.Answer cut = new Endpoint.Answer(200, Arrays.copyOf(whole, 40), 1);
        assertFalse(complete.cutOff());
        assertEquals(0, complete.rows());
        assertTrue(cut.cutOff());
        assertTrue(new Endpoint.Answer(200, new byte[0], 1).cutOff());
        assertFalse(new Endpoint.Answer(503, new byte[0], 1).cutOff(), "a refused query is a failure of its own kind");
    }

    @Test
    void peakHeapIsTheLargestOccupancyInTheGcLog(@TempDir Path tmp) throws Exception {
        Path log = Files.writeString(tmp.resolve("gc.log"), """
                [0.010s][info][gc] Using G1
                [1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->5M(256M) 3.2ms
                [2.345s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 310M->120M(512M) 9.1ms
                [3.456s][info][gc,heap,exit]  garbage-first heap   total 524288K, used 204800K [0x0, 0x0)
                """);
        assertEquals(310, JavaProcess.peakHeapMb(log).getAsLong());
        assertEquals(120, JavaProcess.liveHeapMb(log).getAsLong());
        assertTrue(JavaProcess.peakHeapMb(tmp.resolve("missing.log")).isEmpty());
    }

    @Test
    void virtuosoSettingsReplaceOnlyLiveKeysOfTheirSection() {
        List<String> ini = List.of(
                "[Database]",
                "DatabaseFile = /var/lib/db",
                "[Parameters]",
                "ServerPort = 1111",
                ";NumberOfBuffers = 680000",
                "NumberOfBuffers = 10000",
                "[HTTPServer]",
                "ServerPort = 8890");
        List<String> configured = Virtuoso.configure(
                ini,
                Map.of(
                        "Database",
                        Map.of("DatabaseFile", "/tmp/x.db"),
                        "Parameters",
                        Map.of("ServerPort", "127.0.0.1:2222", "NumberOfBuffers", "340000"),
                        "HTTPServer",
                        Map.of("ServerPort", "127.0.0.1:9999")));
        assertEquals(
                List.of(
                        "[Database]",
                        "DatabaseFile = /tmp/x.db",
                        "[Parameters]",
                        "ServerPort = 127.0.0.1:2222",
                        ";NumberOfBuffers = 680000",
                        "NumberOfBuffers = 340000",
                        "[HTTPServer]",
                        "ServerPort = 127.0.0.1:9999"),
                configured);
    }

    @Test
    void theReportHasEveryMeasurementWithRatios() {
        Results results = new Results();
        results.machine = new Results.Machine("Test CPU", 2, 24_000, "Linux", "Java 17");
        results.settings.put("articles", 20);
        results.settings.put("bound", "\"· parameter\" rows are for one item: concession = <https://example.org/c1>");
        results.skipped.add("virtuoso: not installed");
        results.ingest.add(new Results.Ingest("parley", "load", 1000, 2.0, new Results.Heap(100L, 40L)));
        results.ingest.add(new Results.Ingest("tdb2.tdbloader", "load", 1000, 1.0, new Results.Heap(50L, 20L)));
        results.latency.add(new Results.Latency("chains", "parley", 20, Stats.ofNanos(List.of(2_000_000L)), 5L, null));
        results.latency.add(
                new Results.Latency("chains", "parley-nocache", 30, Stats.ofNanos(List.of(3_000_000L)), 5L, null));
        results.latency.add(new Results.Latency("chains", "fuseki", 10, Stats.ofNanos(List.of(4_000_000L)), 5L, null));
        results.latency.add(new Results.Latency(
                "what-if", "fuseki", Double.NaN, Stats.ofNanos(List.of()), null, "timeout (over 30 s)"));
        results.throughput.add(
                new Results.Throughput("parley", "sparql", 300, 0, 3.0, Stats.ofNanos(List.of(1_000_000L))));
        results.startup.add(new Results.Startup("parley", 1.5, new Results.Heap(300L, 90L)));
        Report report = new Report(results);
        String md = report.markdown();
        assertTrue(md.contains("| parley | load | 1,000 | 2.0 | 500 | 0.50× | 100 / 40 |"), md);
        assertTrue(md.contains("| parley | 1.50 | 300 / 90 |"), md);
        assertTrue(
                md.contains(
                        "| query | rows | parley | parley-nocache | fuseki | parley ÷ fuseki | parley-nocache ÷ fuseki |"),
                md);
        assertTrue(
                md.contains(
                        "| chains | 5 | 20.0 · 2.00 / 2.00 / 2.00 | 30.0 · 3.00 / 3.00 / 3.00 | 10.0 · 4.00 / 4.00 / 4.00 "
                                + "| 0.50× (first 2.00×) | 0.75× (first 3.00×) |"),
                md);
        assertTrue(md.contains("| what-if | "), md);
        assertTrue(md.contains("timeout"), md);
        assertTrue(md.contains("Skipped virtuoso: not installed."), md);
        assertTrue(md.contains("\"· parameter\" rows are for one item: concession = <https://example.org/c1>."), md);
        assertTrue(md.contains("| parley | sparql | 100 |"), md);
        assertEquals(
                md, new Report(Report.read(report.json())).markdown(), "the JSON holds everything the tables show");
        JsonObject json = JSON.parse(report.json());
        assertEquals(2, json.get("ingest").getAsArray().size());
        assertEquals(
                "timeout (over 30 s)",
                json.get("latency")
                        .getAsArray()
                        .get(3)
                        .getAsObject()
                        .get("error")
                        .getAsString()
                        .value());
    }
}
