package org.w3id.parley.publish;

import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.parley.vocab.Parley;
import org.w3id.parley.vocab.ParleyId;

/**
 * The IRIs this server answers for: every IRI under {@code base} is served at the same path on this server
 * ({@code https://w3id.org/parley/id/actor/russia} at {@code /id/actor/russia}). Pages link to local paths
 * so a person can browse; the data itself always names the canonical IRIs.
 */
public record IriSpace(String base) {
    public IriSpace {
        if (!base.endsWith("/")) throw new IllegalArgumentException("The base IRI must end with '/': " + base);
    }

    /** The resource a request path names: {@code /id/actor/russia} → base + {@code id/actor/russia}. */
    public Node resource(String path) {
        return NodeFactory.createURI(base + path.substring(1));
    }

    /**
     * Where a person's browser finds this IRI: a local path under the base, the IRI itself for other http(s)
     * IRIs, and no link at all for other schemes ({@code javascript:} is a valid IRI too).
     */
    public String href(String iri) {
        if (iri.startsWith(Parley.NS)) return Paths.ONTOLOGY + "#" + iri.substring(Parley.NS.length());
        return local(iri).orElseGet(() -> isWeb(iri) ? iri : null);
    }

    public static boolean isWeb(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /**
     * The local path of an IRI under the base. None when the rest begins with a slash (or a backslash, which browsers
     * read as one): {@code //evil.example/x} would be a link to another site that looks local.
     */
    public Optional<String> local(String iri) {
        if (!iri.startsWith(base)) return Optional.empty();
        String rest = iri.substring(base.length());
        if (rest.startsWith("/") || rest.startsWith("\\")) return Optional.empty();
        return Optional.of("/" + rest);
    }

    public Node dataset() {
        return resource(Paths.DATASET_DESCRIPTION);
    }

    /** {@code /ontology} is the Parley ontology whatever the base, since its namespace is fixed. */
    public Node ontology() {
        return Parley.ONTOLOGY;
    }

    /** {@code /shapes}: the SHACL shapes, whose IRI is fixed as the ontology's is. */
    public Node shapes() {
        return NodeFactory.createURI(ParleyId.BASE + Paths.SHAPES.substring(1));
    }

    /** {@code /align}: the alignment bridge, whose IRI is fixed as the ontology's is. */
    public Node align() {
        return NodeFactory.createURI(ParleyId.BASE + Paths.ALIGN.substring(1));
    }

    /**
     * Where a document under Parley's fixed IRIs ({@code https://w3id.org/parley/...}, such as a version IRI) is
     * served here: the same path; none for other IRIs.
     */
    public static Optional<String> fixedPath(String iri) {
        if (!iri.startsWith(ParleyId.BASE)) return Optional.empty();
        String rest = iri.substring(ParleyId.BASE.length());
        if (rest.isEmpty() || rest.startsWith("/") || rest.startsWith("\\")) return Optional.empty();
        return Optional.of("/" + rest);
    }
}
