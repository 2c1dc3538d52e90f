package org.w3id.parley.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/** The results as JSON (everything) and as Markdown tables with ratios (for the README). */
final class Report {
    private static final List<String> SERVERS = List.of("parley", "parley-nocache", "fuseki", "virtuoso");
    /** Parley's server as it ships, and the same server with its result cache off: the query engine alone. */
    private static final List<String> PARLEYS = List.of("parley", "parley-nocache");

    private final Results results;

    Report(Results results) {
        this.results = results;
    }

    /** Reads back what {@link #json()} wrote, so the tables can be rendered again without measuring again. */
    static Results read(String json) {
        JsonObject root = JSON.parse(json);
        Results results = new Results();
        JsonObject m = root.get("machine").getAsObject();
        results.machine = new Results.Machine(
                text(m, "cpu"), (int) integer(m, "cores"), integer(m, "memoryMb"), text(m, "os"), text(m, "java"));
        JsonObject settings = root.get("settings").getAsObject();
        settings.keys()
                .forEach(k -> results.settings.put(
                        k,
                        settings.get(k).isNumber()
                                ? (Object) settings.get(k).getAsNumber().value().longValue()
                                : settings.get(k).getAsString().value()));
        root.get("skipped")
                .getAsArray()
                .forEach(v -> results.skipped.add(v.getAsString().value()));
        for (var v : root.get("ingest").getAsArray()) {
            JsonObject o = v.getAsObject();
            results.ingest.add(new Results.Ingest(
                    text(o, "system"), text(o, "what"), integer(o, "quads"), decimal(o, "seconds"), heap(o)));
        }
        for (var v : root.get("latency").getAsArray()) {
            JsonObject o = v.getAsObject();
            boolean failed = o.hasKey("error");
            Stats stats = failed
                    ? Stats.ofNanos(List.of())
                    : new Stats(
                            (int) integer(o, "runs"), decimal(o, "p50Ms"), decimal(o, "p95Ms"), decimal(o, "p99Ms"));
            results.latency.add(new Results.Latency(
                    text(o, "query"),
                    text(o, "system"),
                    failed ? Double.NaN : decimal(o, "firstMs"),
                    stats,
                    failed ? null : integer(o, "rows"),
                    failed ? text(o, "error") : null));
        }
        for (var v : root.get("throughput").getAsArray()) {
            JsonObject o = v.getAsObject();
            results.throughput.add(new Results.Throughput(
                    text(o, "system"),
                    text(o, "target"),
                    integer(o, "requests"),
                    integer(o, "errors"),
                    decimal(o, "seconds"),
                    new Stats((int) integer(o, "requests"), Double.NaN, decimal(o, "p95Ms"), Double.NaN)));
        }
        for (var v : root.get("startup").getAsArray()) {
            JsonObject o = v.getAsObject();
            results.startup.add(new Results.Startup(text(o, "system"), decimal(o, "firstAnswerSeconds"), heap(o)));
        }
        if (root.hasKey("growth"))
            for (var v : root.get("growth").getAsArray()) {
                JsonObject o = v.getAsObject();
                results.growth.add(new Results.Growth(
                        text(o, "system"),
                        text(o, "how"),
                        (int) integer(o, "storeArticles"),
                        integer(o, "quads"),
                        decimal(o, "seconds"),
                        heap(o),
                        o.hasKey("maxRssMb") ? integer(o, "maxRssMb") : null));
            }
        if (root.hasKey("reloads")) {
            JsonObject o = root.get("reloads").getAsObject();
            results.reloads = new Results.Reloads(
                    (int) integer(o, "storeArticles"),
                    (int) integer(o, "reloads"),
                    decimal(o, "medianSeconds"),
                    decimal(o, "maxSeconds"),
                    heap(o),
                    o.hasKey("maxRssMb") ? integer(o, "maxRssMb") : null,
                    integer(o, "freshBytes"),
                    integer(o, "reloadedBytes"),
                    integer(o, "compactedBytes"));
        }
        return results;
    }

    private static String text(JsonObject o, String key) {
        return o.get(key).getAsString().value();
    }

    private static long integer(JsonObject o, String key) {
        return o.get(key).getAsNumber().value().longValue();
    }

    private static double decimal(JsonObject o, String key) {
        return o.get(key).getAsNumber().value().doubleValue();
    }

    private static Results.Heap heap(JsonObject o) {
        return new Results.Heap(
                o.hasKey("peakHeapMb") ? integer(o, "peakHeapMb") : null,
                o.hasKey("liveHeapMb") ? integer(o, "liveHeapMb") : null);
    }

    String json() {
        JsonObject root = new JsonObject();
        JsonObject machine = new JsonObject();
        machine.put("cpu", results.machine.cpu());
        machine.put("cores", results.machine.cores());
        machine.put("memoryMb", results.machine.memoryMb());
        machine.put("os", results.machine.os());
        machine.put("java", results.machine.java());
        root.put("machine", machine);
        JsonObject settings = new JsonObject();
        results.settings.forEach((k, v) -> {
            if (v instanceof Number n) settings.put(k, n.longValue());
            else settings.put(k, String.valueOf(v));
        });
        root.put("settings", settings);
        JsonArray skipped = new JsonArray();
        results.skipped.forEach(skipped::add);
        root.put("skipped", skipped);
        JsonArray ingest = new JsonArray();
        for (Results.Ingest i : results.ingest) {
            JsonObject o = new JsonObject();
            o.put("system", i.system());
            o.put("what", i.what());
            o.put("quads", i.quads());
            o.put("seconds", number(i.seconds()));
            o.put("quadsPerSecond", number(i.quadsPerSecond()));
            heap(o, i.heap());
            ingest.add(o);
        }
        root.put("ingest", ingest);
        JsonArray latency = new JsonArray();
        for (Results.Latency l : results.latency) {
            JsonObject o = new JsonObject();
            o.put("query", l.query());
            o.put("system", l.system());
            o.put("runs", l.stats().count());
            if (l.error() == null) {
                o.put("firstMs", number(l.firstMs()));
                o.put("p50Ms", number(l.stats().p50()));
                o.put("p95Ms", number(l.stats().p95()));
                o.put("p99Ms", number(l.stats().p99()));
                o.put("rows", l.rows());
            } else {
                o.put("error", l.error());
            }
            latency.add(o);
        }
        root.put("latency", latency);
        JsonArray throughput = new JsonArray();
        for (Results.Throughput t : results.throughput) {
            JsonObject o = new JsonObject();
            o.put("system", t.system());
            o.put("target", t.target());
            o.put("requests", t.requests());
            o.put("errors", t.errors());
            o.put("seconds", number(t.seconds()));
            o.put("requestsPerSecond", number(t.perSecond()));
            o.put("p95Ms", number(t.stats().p95()));
            throughput.add(o);
        }
        root.put("throughput", throughput);
        JsonArray startup = new JsonArray();
        for (Results.Startup s : results.startup) {
            JsonObject o = new JsonObject();
            o.put("system", s.system());
            o.put("firstAnswerSeconds", number(s.seconds()));
            heap(o, s.heap());
            startup.add(o);
        }
        root.put("startup", startup);
        JsonArray growth = new JsonArray();
        for (Results.Growth g : results.growth) {
            JsonObject o = new JsonObject();
            o.put("system", g.system());
            o.put("how", g.how());
            o.put("storeArticles", g.storeArticles());
            o.put("quads", g.quads());
            o.put("seconds", number(g.seconds()));
            heap(o, g.heap());
            if (g.maxRssMb() != null) o.put("maxRssMb", g.maxRssMb());
            growth.add(o);
        }
        root.put("growth", growth);
        Results.Reloads r = results.reloads;
        if (r != null) {
            JsonObject o = new JsonObject();
            o.put("storeArticles", r.storeArticles());
            o.put("reloads", r.reloads());
            o.put("medianSeconds", number(r.medianSeconds()));
            o.put("maxSeconds", number(r.maxSeconds()));
            heap(o, r.maxHeap());
            if (r.maxRssMb() != null) o.put("maxRssMb", r.maxRssMb());
            o.put("freshBytes", r.freshBytes());
            o.put("reloadedBytes", r.reloadedBytes());
            o.put("compactedBytes", r.compactedBytes());
            root.put("reloads", o);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, root);
        return out.toString(StandardCharsets.UTF_8) + "\n";
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        Results.Machine m = results.machine;
        md.append(String.format(
                Locale.ROOT,
                "Benchmark: %s articles, seed %s; %s warm-up and up to %s timed runs per query (at most %s s each); %s clients for %s s; -Xmx%s; query timeout %s s.%n",
                results.settings.get("articles"),
                results.settings.get("seed"),
                results.settings.get("warmup"),
                results.settings.get("runs"),
                results.settings.get("queryBudgetSeconds"),
                results.settings.get("clients"),
                results.settings.get("durationSeconds"),
                results.settings.get("heap"),
                results.settings.get("timeoutSeconds")));
        md.append(String.format(
                Locale.ROOT,
                "Machine: %s, %d cores, %,d MiB RAM, %s, %s.%n",
                m.cpu(),
                m.cores(),
                m.memoryMb(),
                m.os(),
                m.java()));
        if (results.settings.containsKey("sections"))
            md.append("Parts: ")
                    .append(String.join(
                            ", ",
                            String.valueOf(results.settings.get("sections")).split(",")))
                    .append("; ")
                    .append(results.settings.get("reloads"))
                    .append(" reloads.\n");
        if (results.settings.containsKey("bound"))
            md.append(results.settings.get("bound")).append(".\n");
        for (String skip : results.skipped) md.append("Skipped ").append(skip).append(".\n");
        if (!results.ingest.isEmpty())
            md.append(
                    "\n**Ingest**\n\n| system | does | quads | seconds | quads/s | ÷ tdb2.tdbloader | heap MiB, peak / live |\n|---|---|---:|---:|---:|---:|---:|\n");
        Optional<Results.Ingest> tdb = results.ingest.stream()
                .filter(i -> i.system().equals("tdb2.tdbloader"))
                .findFirst();
        for (Results.Ingest i : results.ingest)
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %,d | %.1f | %,.0f | %s | %s |%n",
                    i.system(),
                    i.what(),
                    i.quads(),
                    i.seconds(),
                    i.quadsPerSecond(),
                    tdb.map(t -> ratio(i.quadsPerSecond(), t.quadsPerSecond())).orElse("–"),
                    heap(i.heap())));

        Set<String> systems = new LinkedHashSet<>();
        results.latency.forEach(l -> systems.add(l.system()));
        List<String> present = SERVERS.stream().filter(systems::contains).toList();
        if (!present.isEmpty()) {
            md.append(
                    "\n**Query latency**, ms: first run after start · p50 / p95 / p99 of the timed runs; ratios are of p50 (and of the first run), "
                            + "below 1 means Parley is faster; no ratio where a system's answer has another number of rows\n\n| query | rows |");
            present.forEach(s -> md.append(' ').append(s).append(" |"));
            List<List<String>> ratios = new ArrayList<>();
            for (String parley : PARLEYS)
                for (String other : present)
                    if (present.contains(parley) && !PARLEYS.contains(other)) ratios.add(List.of(parley, other));
            ratios.forEach(r -> md.append(' ')
                    .append(r.get(0))
                    .append(" ÷ ")
                    .append(r.get(1))
                    .append(" |"));
            md.append("\n|---|---:|");
            present.forEach(s -> md.append("---:|"));
            ratios.forEach(r -> md.append("---:|"));
            md.append('\n');
            Map<String, Map<String, Results.Latency>> byQuery = new LinkedHashMap<>();
            results.latency.forEach(l -> byQuery.computeIfAbsent(l.query(), q -> new LinkedHashMap<>())
                    .put(l.system(), l));
            byQuery.forEach((query, bySystem) -> {
                Set<Long> rowCounts = new LinkedHashSet<>();
                bySystem.values().stream().filter(l -> l.error() == null).forEach(l -> rowCounts.add(l.rows()));
                md.append("| ")
                        .append(query)
                        .append(" | ")
                        .append(
                                rowCounts.isEmpty()
                                        ? "–"
                                        : rowCounts.size() == 1
                                                ? String.format(
                                                        "%,d",
                                                        rowCounts.iterator().next())
                                                : "differ: "
                                                        + String.join(
                                                                ", ",
                                                                bySystem.values().stream()
                                                                        .filter(l -> l.error() == null)
                                                                        .map(l -> l.system() + " "
                                                                                + String.format("%,d", l.rows()))
                                                                        .toList()))
                        .append(" |");
                for (String s : present) {
                    Results.Latency l = bySystem.get(s);
                    md.append(' ')
                            .append(
                                    l == null
                                            ? "–"
                                            : l.error() != null
                                                    ? (l.error().startsWith("timeout") ? "timeout" : "error")
                                                    : String.format(
                                                            Locale.ROOT,
                                                            "%s · %s / %s / %s",
                                                            ms(l.firstMs()),
                                                            ms(l.stats().p50()),
                                                            ms(l.stats().p95()),
                                                            ms(l.stats().p99())))
                            .append(" |");
                }
                for (List<String> r : ratios) {
                    Results.Latency parley = bySystem.get(r.get(0));
                    Results.Latency o = bySystem.get(r.get(1));
                    String cell = parley == null || o == null || parley.error() != null || o.error() != null
                            ? "–"
                            : !parley.rows().equals(o.rows())
                                    ? "– (other answer)"
                                    : ratio(parley.stats().p50(), o.stats().p50()) + " (first "
                                            + ratio(parley.firstMs(), o.firstMs()) + ")";
                    md.append(' ').append(cell).append(" |");
                }
                md.append('\n');
            });
            results.latency.stream()
                    .filter(l -> l.error() != null && !l.error().startsWith("timeout"))
                    .forEach(l -> md.append("\n- ")
                            .append(l.system())
                            .append(" could not run `")
                            .append(l.query())
                            .append("`: ")
                            .append(l.error()));
            if (results.latency.stream()
                    .anyMatch(l -> l.error() != null && !l.error().startsWith("timeout"))) md.append('\n');
        }
        if (!results.throughput.isEmpty()) {
            md.append("\n**Serving**, ")
                    .append(results.settings.get("clients"))
                    .append(
                            " concurrent clients\n\n| system | request | requests/s | p95 ms | errors |\n|---|---|---:|---:|---:|\n");
            for (Results.Throughput t : results.throughput)
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %,.0f | %s | %d |%n",
                        t.system(),
                        t.target(),
                        t.perSecond(),
                        ms(t.stats().p95()),
                        t.errors()));
        }
        if (!results.startup.isEmpty()) {
            md.append(
                    "\n**Startup and memory** (servers on the loaded store)\n\n| system | first answer, s | heap MiB, peak / live |\n|---|---:|---:|\n");
            for (Results.Startup s : results.startup)
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %.2f | %s |%n",
                        s.system(),
                        s.seconds(),
                        s.heap().peakMb() == null ? "– (not a JVM)" : heap(s.heap())));
        }
        new GrowthTables(results).appendTo(md);
        return md.toString();
    }

    private static void heap(JsonObject o, Results.Heap heap) {
        if (heap.peakMb() != null) o.put("peakHeapMb", heap.peakMb());
        if (heap.liveMb() != null) o.put("liveHeapMb", heap.liveMb());
    }

    static String heap(Results.Heap heap) {
        if (heap.peakMb() == null) return "–";
        return String.format(
                Locale.ROOT,
                "%,d / %s",
                heap.peakMb(),
                heap.liveMb() == null ? "–" : String.format(Locale.ROOT, "%,d", heap.liveMb()));
    }

    /** Three decimals are more than any of these measurements can tell apart. */
    private static JsonNumber number(double value) {
        return JsonNumber.value(Double.isNaN(value) ? -1 : Math.round(value * 1000) / 1000.0);
    }

    static String ms(double value) {
        if (Double.isNaN(value)) return "–";
        return value >= 100
                ? String.format(Locale.ROOT, "%,.0f", value)
                : value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    static String ratio(double a, double b) {
        return b == 0 || Double.isNaN(a) || Double.isNaN(b) ? "–" : String.format(Locale.ROOT, "%.2f×", a / b);
    }
}
