package org.w3id.parley.publish;

import java.util.Locale;
import java.util.Map;

/**
 * Where things are served: the Fuseki dataset and its endpoints, and the linked-data site around it. The server
 * mounts them from here, and pages and descriptions link to them from here, so a path is written once.
 */
public final class Paths {
    /** The Fuseki dataset; its endpoints are below it. */
    public static final String DATASET = "/parley";

    public static final String HOME = "/";
    /** Every IRI under the base is served at the same path here, so {@code base + "id/x"} is at {@code /id/x}. */
    public static final String ID = "/id/";

    public static final String DATASET_DESCRIPTION = ID + "dataset";
    public static final String WELL_KNOWN_VOID = "/.well-known/void";
    public static final String ONTOLOGY = "/ontology";
    public static final String QUERIES = "/queries/";
    public static final String DUMPS = "/dumps/";
    /** Full-text search, {@code ?q=words}. */
    public static final String SEARCH = "/search";

    /** The dataset's endpoints; {@code update} and {@code data} exist only when writing is allowed. */
    public enum Endpoint {
        SPARQL,
        QUERY,
        GET,
        UPDATE,
        DATA,
        ANALYSIS;

        /** The name Fuseki registers, e.g. {@code sparql}. */
        public String segment() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** e.g. {@code /parley/sparql} */
        public String path() {
            return DATASET + "/" + segment();
        }
    }

    /** The same paths for templates, as {@code {{paths.sparql}}} and so on. */
    public static final Map<String, String> FOR_TEMPLATES = Map.of(
            "home", HOME,
            "dataset", DATASET_DESCRIPTION,
            "wellKnownVoid", WELL_KNOWN_VOID,
            "ontology", ONTOLOGY,
            "queries", QUERIES,
            "dumps", DUMPS,
            "search", SEARCH,
            "sparql", Endpoint.SPARQL.path());

    private Paths() {}
}
