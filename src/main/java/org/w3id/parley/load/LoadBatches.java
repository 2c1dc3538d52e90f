package org.w3id.parley.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.w3id.parley.ParleyException;

/**
 * The files of one load cut into batches of about {@code budget} bytes, in the order given: a load that adds files
 * stages, checks and writes one batch at a time, so what it holds in memory is bounded by a batch (and its largest
 * file), not by everything it loads. A file is never split; a compressed file counts as its size on disk.
 *
 * <p>Batches cost time: each one after the first maintains the entailments and validates against the store's indexes,
 * where one batch does both in memory (a 10,000-article load took about four times as long in batches of 1,000
 * articles). So by default a load runs in one batch while its files take less than a sixteenth of the heap, and
 * otherwise in batches of a thirty-second of it: a whole load held in memory takes about twelve times the bytes of its
 * TriG files (3.2 GiB for 280 MB at 10,000 articles), and a batch must leave room for the store's caches and a second
 * batch's worth of garbage.
 */
final class LoadBatches {
    /** Ask for the budget that fits the heap: {@link #of} sizes batches from {@link Runtime#maxMemory()}. */
    static final long FIT_THE_HEAP = 0;

    private LoadBatches() {}

    /** The batches for a budget of {@code budget} bytes, or {@link #FIT_THE_HEAP}. */
    static List<List<Path>> of(List<Path> files, long budget, long maxHeap) {
        if (budget != FIT_THE_HEAP) return of(files, budget);
        long total = files.stream().mapToLong(LoadBatches::size).sum();
        return total <= maxHeap / 16 ? List.of(List.copyOf(files)) : of(files, Math.max(1, maxHeap / 32));
    }

    static List<List<Path>> of(List<Path> files, long budget) {
        List<List<Path>> batches = new ArrayList<>();
        List<Path> batch = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            long size = size(file);
            if (!batch.isEmpty() && bytes + size > budget) {
                batches.add(List.copyOf(batch));
                batch.clear();
                bytes = 0;
            }
            batch.add(file);
            bytes += size;
        }
        if (!batch.isEmpty()) batches.add(List.copyOf(batch));
        return batches;
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException ex) {
            throw new ParleyException(file + ": cannot read: " + ex.getMessage(), ex);
        }
    }
}
