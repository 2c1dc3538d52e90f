package org.w3id.parley.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

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
    /** The SHACL shapes, served whole as the ontology is. */
    public static final String SHAPES = "/shapes";
    /** The alignment bridge ({@code ontology/parley-align.ttl}), served whole as the ontology is. */
    public static final String ALIGN = "/align";

    public static final String QUERIES = "/queries/";
    public static final String DUMPS = "/dumps/";
    /** Full-text search, {@code ?q=words}. */
    public static final String SEARCH = "/search";

    /** The SPARQL editor's files, served from the jar ({@code publish.http.AssetServlet}). */
    public static final String ASSETS = "/assets/";

    /**
     * The version of the YASGUI WebJar on the classpath, read from its Maven metadata, so that the pom alone says which
     * one is served; its files are served under a path naming it, which lets browsers keep them.
     */
    public static final String YASGUI_VERSION = webjarVersion("org.webjars.npm", "zazuko__yasgui");

    public static final String YASGUI_JS = ASSETS + "yasgui/" + YASGUI_VERSION + "/yasgui.min.js";
    public static final String YASGUI_CSS = ASSETS + "yasgui/" + YASGUI_VERSION + "/yasgui.min.css";
    public static final String EDITOR_JS = ASSETS + "editor.js";

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
    public static final Map<String, String> FOR_TEMPLATES = Map.ofEntries(
            Map.entry("home", HOME),
            Map.entry("dataset", DATASET_DESCRIPTION),
            Map.entry("wellKnownVoid", WELL_KNOWN_VOID),
            Map.entry("ontology", ONTOLOGY),
            Map.entry("shapes", SHAPES),
            Map.entry("align", ALIGN),
            Map.entry("queries", QUERIES),
            Map.entry("dumps", DUMPS),
            Map.entry("sparql", Endpoint.SPARQL.path()),
            Map.entry("search", SEARCH),
            Map.entry("yasguiJs", YASGUI_JS),
            Map.entry("yasguiCss", YASGUI_CSS),
            Map.entry("editorJs", EDITOR_JS));

    private static String webjarVersion(String group, String artifact) {
        String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Paths.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("No classpath resource " + resource);
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private Paths() {}
}
