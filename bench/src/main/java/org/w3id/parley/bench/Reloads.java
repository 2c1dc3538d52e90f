package org.w3id.parley.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Disk use after reloads: TDB2 writes copy-on-write, so every load leaves the blocks it replaced behind until the store
 * is compacted ({@code parley compact}, or {@code serve}'s own compaction once the store has grown past a factor of its
 * size). One article's file is reloaded, a claim's label edited each time, into a copy of the N-article store; the
 * store's size is then set against a fresh load of the same final files and against the same store compacted.
 */
final class Reloads {
    private final BenchSettings settings;
    private final Path dir;
    private final Consumer<String> progress;
    private final ParleyCli parley;

    Reloads(BenchSettings settings, Path dir, Path logs, Consumer<String> progress) {
        this.settings = settings;
        this.dir = dir;
        this.progress = progress;
        this.parley = new ParleyCli(settings, logs);
    }

    /**
     * @param parleyBase the N-article store, left as it is (copied)
     * @param baseFiles  what it was loaded from: the ontology folder and the corpus folder
     */
    Results.Reloads run(Path parleyBase, List<Path> baseFiles, LastArticle article) throws IOException {
        Path store = dir.resolve("parley-reloaded");
        Path file = dir.resolve("reloaded-article.trig");
        Folders.copy(parleyBase, store);
        article.writeRevision(file, 0);
        parley.load("reload-0", store, List.of(file));
        List<Long> nanos = new ArrayList<>();
        Long peak = null;
        Long live = null;
        Long rss = null;
        for (int k = 1; k <= settings.reloads(); k++) {
            article.writeRevision(file, k);
            JavaProcess.Run run = parley.load("reload-" + k, store, List.of(file));
            nanos.add(Math.round(run.seconds() * 1e9));
            peak = max(peak, run.heap().peakMb());
            live = max(live, run.heap().liveMb());
            rss = max(rss, run.maxRssMb());
            if (k % 10 == 0 || k == settings.reloads())
                progress.accept(String.format(
                        Locale.ROOT,
                        "  %d of %d reloads, %.1f MiB on disk",
                        k,
                        settings.reloads(),
                        Folders.diskUse(store) / 1048576.0));
        }
        long reloaded = Folders.diskUse(store);

        Path fresh = dir.resolve("parley-fresh");
        Bench.deleteTree(fresh);
        progress.accept("Reloads: a fresh load of the same final files, to weigh against ...");
        List<Path> all = new ArrayList<>(baseFiles);
        all.add(file);
        parley.load("reload-fresh", fresh, all);
        long freshBytes = Folders.diskUse(fresh);
        Bench.deleteTree(fresh);

        progress.accept("Reloads: parley compact on the reloaded store ...");
        parley.compact("reload-compact", store);
        long compacted = Folders.diskUse(store);

        Stats times = Stats.ofNanos(nanos);
        return new Results.Reloads(
                settings.articles(),
                settings.reloads(),
                times.p50() / 1000,
                nanos.stream().mapToLong(Long::longValue).max().orElseThrow() / 1e9,
                new Results.Heap(peak, live),
                rss,
                freshBytes,
                reloaded,
                compacted);
    }

    private static Long max(Long a, Long b) {
        if (a == null) return b;
        if (b == null) return a;
        return Math.max(a, b);
    }
}
