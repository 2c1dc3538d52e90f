package org.w3id.parley;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text shipped inside the jar (queries, rules, tables): a missing one is a broken build, not a user error. */
public final class Resources {

    /** The UTF-8 text of the classpath resource {@code path}, e.g. {@code evidence/claims.rq}. */
    public static String text(String path) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("No classpath resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private Resources() {}
}
