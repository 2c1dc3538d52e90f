package org.w3id.parley.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.parley.ParleyException;

/**
 * A Java program run in its own JVM, on this program's class path, with its output and a GC log in
 * files: each system under test gets a fresh JVM, and its peak heap is read from the GC log.
 */
final class JavaProcess {
    private static final Pattern GC_BEFORE = Pattern.compile("\\) (\\d+)M->(\\d+)M\\(");
    private static final Pattern EXIT_USED = Pattern.compile("used (\\d+)K");
    /** GNU time: with {@code -f %M} it writes the child's maximum resident set size, KiB, and nothing else. */
    static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** One run of a program to its end: wall time from process start to exit, its heap, and its peak RSS if known. */
    record Run(double seconds, Results.Heap heap, Long maxRssMb) {}

    private JavaProcess() {}

    static ProcessBuilder builder(String heap, Path gcLog, Path output, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-Xlog:gc,gc+heap+exit:file=" + gcLog.toAbsolutePath());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    }

    /**
     * Runs {@code mainClass} to its end, timed from process start (JVM start included) to exit; under GNU time when
     * installed, so the resident set size, which counts what the heap does not (metaspace, mapped files, threads), is
     * known too.
     */
    static Run timed(String heap, Path gcLog, Path output, String mainClass, List<String> args) {
        ProcessBuilder builder = builder(heap, gcLog, output, mainClass, args);
        Path rss = gcLog.resolveSibling(gcLog.getFileName() + ".maxrss");
        boolean measured = Files.isExecutable(GNU_TIME);
        if (measured) {
            List<String> command = new ArrayList<>(List.of(GNU_TIME.toString(), "-f", "%M", "-o", rss.toString()));
            command.addAll(builder.command());
            builder.command(command);
        }
        long start = System.nanoTime();
        run(builder, output);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(seconds, heap(gcLog), measured ? maxRssMb(rss) : null);
    }

    /** The maximum RSS GNU time wrote, in MiB; null when it wrote none. */
    static Long maxRssMb(Path file) {
        try {
            if (!Files.exists(file)) return null;
            for (String line : Files.readAllLines(file))
                if (line.strip().matches("\\d+")) return Long.parseLong(line.strip()) / 1024;
            return null;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Runs to the end; fails with the tail of its output if it does not exit 0. */
    static void run(ProcessBuilder builder, Path output) {
        try {
            Process process = builder.start();
            int exit = process.waitFor();
            if (exit != 0)
                throw new ParleyException(
                        builder.command().get(builder.command().indexOf("-cp") + 2) + " exited with " + exit + ":\n"
                                + tail(output));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new ParleyException("interrupted");
        }
    }

    static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * The largest heap occupancy the GC log shows: before any collection, or at exit. With a generous -Xmx this says
     * how much the collector let the heap grow; {@link #liveHeapMb} says how much was really in use.
     */
    static OptionalLong peakHeapMb(Path gcLog) {
        try {
            if (!Files.exists(gcLog)) return OptionalLong.empty();
            long peak = -1;
            for (String line : Files.readAllLines(gcLog)) {
                Matcher before = GC_BEFORE.matcher(line);
                if (line.contains("Pause") && before.find()) peak = Math.max(peak, Long.parseLong(before.group(1)));
                Matcher exit = EXIT_USED.matcher(line);
                if (line.contains("garbage-first heap") && exit.find())
                    peak = Math.max(peak, Long.parseLong(exit.group(1)) / 1024);
            }
            return peak < 0 ? OptionalLong.empty() : OptionalLong.of(peak);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The largest heap occupancy left after a collection: the most the program really held. */
    static OptionalLong liveHeapMb(Path gcLog) {
        try {
            if (!Files.exists(gcLog)) return OptionalLong.empty();
            long live = -1;
            for (String line : Files.readAllLines(gcLog)) {
                Matcher after = GC_BEFORE.matcher(line);
                if (line.contains("Pause") && after.find()) live = Math.max(live, Long.parseLong(after.group(2)));
            }
            return live < 0 ? OptionalLong.empty() : OptionalLong.of(live);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static Results.Heap heap(Path gcLog) {
        OptionalLong peak = peakHeapMb(gcLog);
        OptionalLong live = liveHeapMb(gcLog);
        return new Results.Heap(peak.isPresent() ? peak.getAsLong() : null, live.isPresent() ? live.getAsLong() : null);
    }

    static String tail(Path output) {
        try {
            List<String> lines = Files.exists(output) ? Files.readAllLines(output) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException ex) {
            return "(no output: " + ex.getMessage() + ")";
        }
    }
}
