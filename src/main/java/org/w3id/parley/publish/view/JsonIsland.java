package org.w3id.parley.publish.view;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** A page's data, embedded in it for programs that read pages. */
public final class JsonIsland {
    private JsonIsland() {}

    /**
     * JSON-LD for a {@code <script type="application/ld+json">} island. The script element ends at the first
     * {@code </}, so {@code <}, {@code >} and {@code &} are written as JSON escapes, which mean the same.
     */
    public static String of(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, RDFFormat.JSONLD11_PRETTY);
        return escape(out.toString(StandardCharsets.UTF_8));
    }

    /** JSON made safe inside a {@code <script>} element, as above. */
    public static String escape(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
