package org.w3id.parley.publish.view;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.parley.publish.describe.SourceTexts;
import org.w3id.parley.query.Evidence;
import org.w3id.parley.query.EvidenceLookup;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.vocab.ParleyId;

/** Why statements hold, for pages: the claims behind them with their quotes in context, or the inference. */
public final class StatementSources {
    private final DatasetGraph store;
    private final Links links;
    private final SourceTexts texts;

    public StatementSources(DatasetGraph store, Links links, SourceTexts texts) {
        this.store = store;
        this.links = links;
        this.texts = texts;
    }

    /** The evidence for every claim among these graph names, looked up in one query. */
    Map<String, Evidence> evidence(Collection<? extends Collection<Node>> graphSets) {
        List<String> graphs = graphSets.stream()
                .flatMap(Collection::stream)
                .filter(Node::isURI)
                .map(Node::getURI)
                .distinct()
                .toList();
        return EvidenceLookup.lookup(graphs, QueryRunner.local(store)::select);
    }

    List<Source> sources(Set<Node> graphs, Map<String, Evidence> evidence) {
        return graphs.stream().map(g -> source(g, evidence.get(g.getURI()))).toList();
    }

    Source source(Node graph, Evidence evidence) {
        if (evidence != null) {
            SourceTexts.InContext quote = texts.inContext(evidence);
            return new Source(
                    links.link(evidence.claim(), evidence.label()),
                    // whose position, where the speaker reports another's: "Washington, stated by Jennifer Kavanagh"
                    evidence.holder().isEmpty() || evidence.holder().equals(evidence.speaker())
                            ? null
                            : links.link(evidence.holder(), evidence.holderLabel()),
                    links.link(evidence.speaker(), evidence.speakerLabel()),
                    evidence.modalityLabel(),
                    quote.before(),
                    quote.quote(),
                    quote.after(),
                    false,
                    null);
        }
        if (graph.equals(ParleyId.INFERRED_GRAPH))
            return new Source(null, null, null, null, null, null, null, true, null);
        return new Source(null, null, null, null, null, null, null, false, links.link(graph));
    }
}
