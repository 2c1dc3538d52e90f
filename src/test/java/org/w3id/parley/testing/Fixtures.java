package org.w3id.parley.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Files under {@code src/test/resources/fixtures}, and the project's own folders. */
public final class Fixtures {

    public static Path fixture(String name) {
        try {
            return Path.of(Fixtures.class.getClassLoader().getResource("fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException ex) {
            throw new IllegalArgumentException("No fixture " + name, ex);
        }
    }

    /** The checkout: Maven runs tests with the project folder as working directory. */
    public static Path project(String relative) {
        return Path.of(relative).toAbsolutePath();
    }

    private Fixtures() {}
}
