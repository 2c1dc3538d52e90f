package org.w3id.parley.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The report's tables for a store that grows: one article added, and one file reloaded. */
final class GrowthTables {
    private static final double MIB = 1024.0 * 1024.0;

    private final Results results;

    GrowthTables(Results results) {
        this.results = results;
    }

    void appendTo(StringBuilder md) {
        if (!results.growth.isEmpty()) growth(md);
        if (results.reloads != null) reloads(md, results.reloads);
    }

    /** One row per system, the empty store and the N-article store side by side, with their ratio. */
    private void growth(StringBuilder md) {
        Map<String, Results.Growth[]> bySystem = new LinkedHashMap<>();
        for (Results.Growth g : results.growth)
            bySystem.computeIfAbsent(g.system(), s -> new Results.Growth[2])[g.storeArticles() == 0 ? 0 : 1] = g;
        int n = results.growth.stream()
                .mapToInt(Results.Growth::storeArticles)
                .max()
                .orElse(0);
        long quads = results.growth.get(0).quads();
        String full = String.format(Locale.ROOT, "%,d articles", n);
        md.append(String.format(
                Locale.ROOT,
                "%n**Growing the store**: one article (%,d quads) added to a store of %s and to an empty one (the ontology "
                        + "and the actors only); Parley's times are the whole `parley load` in a JVM of its own, start "
                        + "included, the servers' one request to the running server; heap from the loading JVM's GC log, "
                        + "RSS from GNU time%n%n",
                quads,
                full));
        md.append("| system | how | empty, s | ")
                .append(full)
                .append(", s | ÷ | heap MiB, peak / live: empty | ")
                .append(full)
                .append(" | peak ÷ | max RSS MiB: empty | ")
                .append(full)
                .append(" | ÷ |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        bySystem.forEach((system, rows) -> {
            Results.Growth empty = rows[0];
            Results.Growth grown = rows[1];
            Results.Growth any = grown != null ? grown : empty;
            md.append("| ")
                    .append(system)
                    .append(" | ")
                    .append(any.how())
                    .append(" | ")
                    .append(empty == null ? "–" : seconds(empty.seconds()))
                    .append(" | ")
                    .append(grown == null ? "–" : seconds(grown.seconds()))
                    .append(" | ")
                    .append(empty == null || grown == null ? "–" : Report.ratio(grown.seconds(), empty.seconds()))
                    .append(" | ")
                    .append(empty == null ? "–" : Report.heap(empty.heap()))
                    .append(" | ")
                    .append(grown == null ? "–" : Report.heap(grown.heap()))
                    .append(" | ")
                    .append(ratio(peak(empty), peak(grown)))
                    .append(" | ")
                    .append(mib(empty == null ? null : empty.maxRssMb()))
                    .append(" | ")
                    .append(mib(grown == null ? null : grown.maxRssMb()))
                    .append(" | ")
                    .append(ratio(empty == null ? null : empty.maxRssMb(), grown == null ? null : grown.maxRssMb()))
                    .append(" |\n");
        });
        Optional<Results.Growth> parley = grown("parley");
        if (parley.isPresent()) {
            for (String peer : List.of("fuseki", "virtuoso")) {
                Optional<Results.Growth> other = grown(peer);
                other.ifPresent(o -> md.append(String.format(
                        Locale.ROOT,
                        "%nParley's load into %s ÷ %s's: %s.",
                        full,
                        peer,
                        Report.ratio(parley.get().seconds(), o.seconds()))));
            }
            md.append('\n');
        }
    }

    private Optional<Results.Growth> grown(String system) {
        return results.growth.stream()
                .filter(g -> g.system().equals(system) && g.storeArticles() > 0)
                .findFirst();
    }

    private static void reloads(StringBuilder md, Results.Reloads r) {
        md.append(String.format(
                Locale.ROOT,
                "%n**Reloads**: one article's file loaded again %,d times into a store of %,d articles, one claim's "
                        + "label edited each time; disk use as `du` counts it (blocks written)%n%n",
                r.reloads(),
                r.storeArticles()));
        md.append(
                "| reloads | median s | slowest s | heap MiB, peak / live (largest) | max RSS MiB (largest) | fresh load, MiB "
                        + "| after the reloads, MiB | ÷ fresh | after `parley compact`, MiB |\n"
                        + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append(String.format(
                Locale.ROOT,
                "| %,d | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                r.reloads(),
                seconds(r.medianSeconds()),
                seconds(r.maxSeconds()),
                Report.heap(r.maxHeap()),
                mib(r.maxRssMb()),
                bytes(r.freshBytes()),
                bytes(r.reloadedBytes()),
                Report.ratio((double) r.reloadedBytes(), (double) r.freshBytes()),
                bytes(r.compactedBytes())));
    }

    private static Long peak(Results.Growth g) {
        return g == null ? null : g.heap().peakMb();
    }

    private static String ratio(Long empty, Long grown) {
        return empty == null || grown == null ? "–" : Report.ratio((double) grown, (double) empty);
    }

    private static String mib(Long value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%,d", value);
    }

    private static String bytes(long value) {
        return String.format(Locale.ROOT, "%,.1f", value / MIB);
    }

    private static String seconds(double value) {
        return value >= 10
                ? String.format(Locale.ROOT, "%.1f", value)
                : value >= 1 ? String.format(Locale.ROOT, "%.2f", value) : String.format(Locale.ROOT, "%.3f", value);
    }
}
