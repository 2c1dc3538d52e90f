package org.w3id.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.w3id.parley.ParleyException;

/**
 * Rewrites a TDB2 store without the dead space its reloads left. TDB2 never reuses the space of deleted quads, so a
 * store that is reloaded again and again grows without bound; compaction copies the live data into the next
 * generation folder ({@code Data-000N}), switches to it and deletes the old one. Readers keep reading throughout;
 * writers wait until the switch. A kill at any moment leaves the old generation in use (TDB2 removes a half-written
 * {@code -tmp} copy when the store is next opened) or the complete new one.
 *
 * <p>The disk use right after a compaction (or the first time it is recorded, after a load) is kept in {@value
 * #BASELINE_FILE} in the store directory, so {@link #isDue} can tell how much a store has grown since.
 */
public final class Compaction {
    /** Where the store's size right after its last compaction is kept, in bytes. */
    public static final String BASELINE_FILE = "parley-compacted-bytes";

    private static final Pattern GENERATION = Pattern.compile(DatabaseOps.dbNameBase + DatabaseOps.SEP + "(\\d+)");

    /** What a compaction did. */
    public record Result(
            Path store,
            long bytesBefore,
            long bytesAfter,
            String generationBefore,
            String generationAfter,
            Duration took) {

        public String summary() {
            return generationBefore + " (" + size(bytesBefore) + ") -> " + generationAfter + " (" + size(bytesAfter)
                    + ") in " + took.toMillis() / 1000.0 + " s";
        }
    }

    /**
     * Compacts the on-disk store {@code store} (opened with {@link Stores#openTdb2}) in place and records its new size
     * as the baseline.
     */
    public static Result compact(DatasetGraph store) {
        long start = System.nanoTime();
        Path dir = directoryOf(store);
        // Generations older than the one in use are dead: only a kill between TDB2's switch and its delete leaves one.
        deleteStaleGenerations(dir);
        String before = generation(dir);
        long bytesBefore = diskUse(dir);
        try {
            DatabaseMgr.compact(store, true);
        } catch (RuntimeException ex) {
            throw new ParleyException("Cannot compact store " + dir + ": " + ex.getMessage(), ex);
        }
        long bytesAfter = diskUse(dir);
        recordBaseline(dir, bytesAfter);
        return new Result(
                dir, bytesBefore, bytesAfter, before, generation(dir), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Whether {@code store} has grown past {@code factor} times its baseline. A store with no baseline yet gets its
     * current size as one and is not due: it has not been compacted, so its size now is the best known lower bound.
     */
    public static boolean isDue(DatasetGraph store, double factor) {
        Path dir = directoryOf(store);
        long now = diskUse(dir);
        Optional<Long> baseline = baseline(dir);
        if (baseline.isEmpty()) {
            recordBaseline(dir, now);
            return false;
        }
        return now > factor * baseline.get();
    }

    /** Records the store's size as its baseline unless it has one: called after a load, so a first load sets it. */
    public static void recordBaselineIfAbsent(DatasetGraph store) {
        Path dir = directoryOf(store);
        if (baseline(dir).isEmpty()) recordBaseline(dir, diskUse(dir));
    }

    /** Whether {@code store} lives on disk, the only kind that can be compacted. */
    public static boolean isOnDisk(DatasetGraph store) {
        return store instanceof DatasetGraphSwitchable switchable && switchable.getContainerPath() != null;
    }

    /**
     * The bytes {@code dir} takes on disk, as {@code du} counts them. TDB2 maps each index in 8 MB segments of a
     * sparse file, so file lengths say almost nothing: a store of 26 quads is 193 MB long and takes 416 KB. Where
     * there is no {@code du} (Windows) the lengths are summed instead.
     */
    public static long diskUse(Path dir) {
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (du.waitFor() == 0) return Long.parseLong(out.strip().split("\\s+", 2)[0]) * 1024;
        } catch (IOException | NumberFormatException ex) {
            // no du here: fall back to the lengths
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        return lengths(dir);
    }

    private static long lengths(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(Compaction::sizeOrZero)
                    .sum();
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot measure the disk use of " + dir, ex);
        }
    }

    /** The store's baseline size in bytes, if one was recorded. */
    public static Optional<Long> baseline(Path dir) {
        Path file = dir.resolve(BASELINE_FILE);
        try {
            return Optional.of(Long.parseLong(
                    Files.readString(file, StandardCharsets.UTF_8).strip()));
        } catch (NoSuchFileException ex) {
            return Optional.empty();
        } catch (NumberFormatException ex) {
            // a damaged record is as good as none: the next check records a fresh one
            return Optional.empty();
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + file, ex);
        }
    }

    /** The name of the generation folder the store uses now, such as {@code Data-0002}. */
    public static String generation(Path dir) {
        Path current = DatabaseOps.findStorageLocation(dir);
        return current == null ? "(none)" : current.getFileName().toString();
    }

    static String size(long bytes) {
        return String.format(Locale.ROOT, "%,d bytes, %.1f MB", bytes, bytes / 1_000_000.0);
    }

    private static Path directoryOf(DatasetGraph store) {
        if (!isOnDisk(store)) throw new ParleyException("Only a TDB2 store on disk can be compacted.");
        return ((DatasetGraphSwitchable) store).getContainerPath();
    }

    private static void deleteStaleGenerations(Path dir) {
        Path current = DatabaseOps.findStorageLocation(dir);
        if (current == null) return;
        int inUse = number(current);
        for (Path generation : generations(dir)) if (number(generation) < inUse) deleteTree(generation);
    }

    private static List<Path> generations(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(
                            p -> GENERATION.matcher(p.getFileName().toString()).matches())
                    .filter(Files::isDirectory)
                    .toList();
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot list " + dir, ex);
        }
    }

    private static int number(Path generation) {
        Matcher matcher = GENERATION.matcher(generation.getFileName().toString());
        if (!matcher.matches()) throw new IllegalArgumentException("not a generation folder: " + generation);
        return Integer.parseInt(matcher.group(1));
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot delete the stale generation " + root, ex);
        }
    }

    /** Written beside and moved into place, so a kill leaves the old record or the new one. */
    private static void recordBaseline(Path dir, long bytes) {
        Path file = dir.resolve(BASELINE_FILE);
        Path partial = dir.resolve(BASELINE_FILE + ".partial");
        try {
            Files.writeString(partial, Long.toString(bytes) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException ex) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot record the store's size in " + file, ex);
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException ex) {
            // a file TDB2 deleted between the listing and the size is no longer on disk
            return 0;
        }
    }

    private Compaction() {}
}
