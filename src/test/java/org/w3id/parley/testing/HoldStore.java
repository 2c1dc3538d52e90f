package org.w3id.parley.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.w3id.parley.store.Stores;

/** Run in a second JVM: opens a store, says so, and keeps it (and its lock) until killed. */
public final class HoldStore {
    public static void main(String[] args) throws InterruptedException {
        Stores.openTdb2(Path.of(args[0]));
        System.out.println("holding " + args[0]);
        System.out.flush();
        Thread.sleep(120_000);
    }

    /** Starts a JVM holding {@code store}, returning once it has the lock. */
    public static Process start(Path store) throws IOException {
        Process process = Jvm.start(HoldStore.class, store.toString());
        String line =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (line == null || !line.startsWith("holding")) {
            process.destroyForcibly();
            throw new IllegalStateException("second JVM did not open the store: " + line);
        }
        return process;
    }

    private HoldStore() {}
}
