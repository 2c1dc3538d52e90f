package org.w3id.parley.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.parley.load.Inference;
import org.w3id.parley.load.Loader;
import org.w3id.parley.load.Validation;
import org.w3id.parley.store.Stores;

/** Files under {@code src/test/resources/fixtures}, and the project's own folders. */
public final class Fixtures {

    public static Path fixture(String name) {
        try {
            return Path.of(Fixtures.class
                    .getClassLoader()
                    .getResource("fixtures/" + name)
                    .toURI());
        } catch (URISyntaxException | NullPointerException ex) {
            throw new IllegalArgumentException("No fixture " + name, ex);
        }
    }

    /** The checkout: Maven runs tests with the project folder as working directory. */
    public static Path project(String relative) {
        return Path.of(relative).toAbsolutePath();
    }

    /**
     * A new in-memory store, the test's own to change, holding the small negotiation fixture: {@code ontology.ttl} and
     * {@code chain.trig}, validated against {@code shapes.ttl} and inferred as {@code parley load} does.
     */
    public static DatasetGraph chainStore() {
        DatasetGraph store = Stores.inMemory();
        new Loader(store, Validation.fromFile(fixture("shapes.ttl")), Inference.standard(), line -> {})
                .load(List.of(fixture("ontology.ttl"), fixture("chain.trig")));
        return store;
    }

    /**
     * The arguments of {@code parley load} that load the same fixture into the on-disk store {@code store}: its
     * ontology and data, checked against its shapes.
     */
    public static String[] chainLoadArgs(Path store) {
        return new String[] {
            "load",
            "--store",
            store.toString(),
            "--shapes",
            fixture("shapes.ttl").toString(),
            fixture("ontology.ttl").toString(),
            fixture("chain.trig").toString()
        };
    }

    private Fixtures() {}
}
