package org.w3id.parley.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.w3id.parley.ParleyException;

/** Store folders: copied so one load serves several measurements, and weighed for disk use. */
final class Folders {
    private Folders() {}

    /**
     * Copies {@code from} to {@code to}, which is replaced; only for a store no process has open. GNU {@code cp} keeps
     * the holes of TDB2's sparse files, which a plain copy would fill, and the copy's disk use is weighed later.
     */
    static void copy(Path from, Path to) throws IOException {
        Bench.deleteTree(to);
        run("cp", "-a", "--sparse=always", from.toString(), to.toString());
    }

    /**
     * Bytes of disk {@code dir} takes, as {@code du} counts them: the blocks really written. TDB2 maps its files in
     * segments of several MiB and lengthens a file a segment at a time, so the files' lengths move in steps that hide
     * what a reload adds; their blocks do not.
     */
    static long diskUse(Path dir) {
        return parseDu(run("du", "-s", "-B1", dir.toString()));
    }

    /** The byte count {@code du -s -B1} prints before the folder's name. */
    static long parseDu(String output) {
        String first = output.strip().split("\\s+", 2)[0];
        if (!first.matches("\\d+")) throw new ParleyException("du printed no size: " + output);
        return Long.parseLong(first);
    }

    private static String run(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) throw new ParleyException(String.join(" ", command) + " failed: " + out);
            return out;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new ParleyException("interrupted");
        }
    }
}
