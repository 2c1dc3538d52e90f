package org.w3id.parley.load;

import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.w3id.parley.ParleyException;

/** The helper threads of one load: daemons (a stuck helper never keeps the JVM alive), and their failures as thrown. */
final class Workers {

    static ExecutorService start(String name, int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The result of {@code work}, or the exception it failed with, unwrapped, so a parse or validation failure reads the same as on one thread. */
    static <T> T await(Future<T> work, String what) {
        try {
            return work.get();
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException failure) throw failure;
            if (ex.getCause() instanceof Error error) throw error;
            throw new ParleyException(what + " failed: " + ex.getCause(), ex.getCause());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new ParleyException("Interrupted while " + what.toLowerCase(Locale.ROOT), ex);
        }
    }

    private Workers() {}
}
