package org.w3id.parley.publish.picture;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.w3id.parley.publish.IriSpace;
import org.w3id.parley.publish.describe.PerVersion;
import org.w3id.parley.publish.describe.SummaryQueries;
import org.w3id.parley.store.StoreVersion;

/**
 * The pictures the pages show: the whole negotiation (home page), a resource's neighbourhood (its page) and the
 * resources of an analysis's rows with the links among them (its page). The negotiation's links are read once per
 * store version; each picture is laid out from them when asked for.
 */
public final class Pictures {
    /** Past this many links a picture is cut (links in their fixed order), so a large corpus cannot stall a page. */
    static final int MAX_LINKS = 250;

    private static final String WHOLE = "whole";

    private final SummaryQueries queries;
    private final IriSpace iris;
    private final PerVersion<String, NegotiationGraph> graph;

    public Pictures(SummaryQueries queries, IriSpace iris, StoreVersion version) {
        this.queries = queries;
        this.iris = iris;
        this.graph = new PerVersion<>(version, 1);
    }

    /** The whole negotiation, as the store's claims state it. */
    public Optional<Picture> whole() {
        return draw(negotiation(), "The negotiation as a picture", "The whole negotiation", null);
    }

    /** The links of {@code resource} and what they lead to; none when that is under two links. */
    public Optional<Picture> around(Node resource, String label) {
        if (!resource.isURI()) return Optional.empty();
        return draw(negotiation().around(resource.getURI()), "In the picture", "Around " + label, resource.getURI());
    }

    /** The links among {@code resources}; none when they are under two. */
    public Optional<Picture> among(Collection<Node> resources, String name) {
        Set<String> iris =
                resources.stream().filter(Node::isURI).map(Node::getURI).collect(Collectors.toSet());
        return draw(negotiation().among(iris), "The rows as a picture", "The resources of the rows of " + name, null);
    }

    /** The negotiation's graph at the store's current version; call inside a read transaction or outside any. */
    NegotiationGraph negotiation() {
        return graph.get(WHOLE, key -> GraphExtraction.from(queries));
    }

    /** @param focus the resource whose page shows the picture, drawn apart, or null */
    private Optional<Picture> draw(NegotiationGraph full, String heading, String title, String focus) {
        if (full.trivial()) return Optional.empty();
        NegotiationGraph shown = full.limit(MAX_LINKS);
        Drawing drawing = ElkLayout.layout(shown);
        String svg = SvgPicture.write(
                drawing, title, Descriptions.of(shown, full.edges().size()), iris::href, focus);
        return Optional.of(
                new Picture(heading, svg, shown.edges().size(), full.edges().size()));
    }
}
