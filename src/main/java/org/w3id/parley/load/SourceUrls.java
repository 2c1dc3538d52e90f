package org.w3id.parley.load;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * One description per source: two resources with the same {@code schema:url} are two descriptions of one page, and
 * claims would split between them. Checked over what the load reads and what the store keeps from earlier loads.
 */
final class SourceUrls {
    private record Described(Node resource, Path file) {}

    private final Map<Node, Described> byUrl = new LinkedHashMap<>();

    /** Records the {@code schema:url} of every resource {@code file} describes; refuses a second resource with one. */
    void collect(Path file, List<Quad> quads) {
        for (Quad quad : quads) {
            if (!quad.getPredicate().equals(SchemaDO.url.asNode())) continue;
            Described first = byUrl.putIfAbsent(quad.getObject(), new Described(quad.getSubject(), file));
            if (first != null && !first.resource().equals(quad.getSubject()))
                throw duplicate(quad.getObject(), first, new Described(quad.getSubject(), file));
        }
    }

    /**
     * Refuses a URL this load gives that a resource the store keeps (loaded from other files) has too; the graphs this
     * load replaces are not kept.
     */
    void requireNoneIn(DatasetGraph store, Set<Node> replaced) {
        byUrl.forEach((url, described) -> store.findNG(Node.ANY, Node.ANY, SchemaDO.url.asNode(), url)
                .forEachRemaining(q -> {
                    if (!replaced.contains(q.getGraph()) && !q.getSubject().equals(described.resource()))
                        throw duplicate(url, new Described(q.getSubject(), null), described);
                }));
    }

    private static ParseFailure duplicate(Node url, Described first, Described second) {
        String where = first.file() == null
                ? "loaded earlier from another file"
                : first.file().equals(second.file()) ? "in the same file" : "in " + first.file();
        return MentionLocator.of(second.file())
                .failure(
                        second.resource(),
                        "<" + second.resource() + "> has schema:url " + url + ", as <" + first.resource() + "> has ("
                                + where + "); one source has one description: describe it once and let claims"
                                + " refer to that");
    }
}
