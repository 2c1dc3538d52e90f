package org.w3id.parley.publish;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.XSD;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.parley.query.Evidence;
import org.w3id.parley.query.EvidenceLookup;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.vocab.ParleyId;

/**
 * The pieces pages are made of, as plain records for the templates, and how to make them from nodes:
 * links carry a label and a local href; statements carry the claims behind them.
 */
final class Html {
    /** A labelled link; {@code iri} is the canonical name, {@code href} where this server shows it. */
    record Link(String href, String label, String iri) {}

    /** An RDF term on a page: a link, or a literal with its language or datatype. */
    record Value(Link link, String text, String annotation) {}

    /** Why a statement holds: a claim (speaker, modality, quote in its sentence), an inference, or a graph. */
    record Source(Link claim, Link speaker, String modality, String before, String quote, String after,
            boolean inferred, Link graph) {}

    /** One statement: subject (for incoming links and fragments), property, value, and its sources. */
    record Row(Link subject, Link property, Value value, List<Source> sources) {}

    private final IriSpace iris;
    private final DatasetGraph store;
    private final Labels labels;
    private final SourceTexts texts;

    Html(IriSpace iris, DatasetGraph store, SourceTexts texts) {
        this.iris = iris;
        this.store = store;
        this.labels = new Labels(store);
        this.texts = texts;
    }

    IriSpace iris() {
        return iris;
    }

    DatasetGraph store() {
        return store;
    }

    /** Reads labels; call inside a read transaction (or use {@link #read}). */
    Link link(Node node) {
        if (node.isBlank())
            return new Link(null, "(blank node)", null);
        return new Link(iris.href(node.getURI()), labels.label(node), node.getURI());
    }

    Value value(Node node) {
        if (!node.isLiteral())
            return new Value(link(node), null, null);
        String lang = node.getLiteralLanguage();
        String datatype = node.getLiteralDatatypeURI();
        String annotation = !lang.isEmpty() ? lang
                : datatype.equals(XSD.xstring.getURI()) ? null
                : Labels.localName(NodeFactory.createURI(datatype));
        return new Value(null, node.getLiteralLexicalForm(), annotation);
    }

    /** The evidence for every claim among these graph names, looked up in one query. */
    Map<String, Evidence> evidence(Collection<? extends Collection<Node>> graphSets) {
        List<String> graphs = graphSets.stream().flatMap(Collection::stream).filter(Node::isURI).map(Node::getURI).distinct().toList();
        return EvidenceLookup.lookup(graphs, QueryRunner.local(store)::select);
    }

    List<Source> sources(Set<Node> graphs, Map<String, Evidence> evidence) {
        return graphs.stream().map(g -> source(g, evidence.get(g.getURI()))).toList();
    }

    Source source(Node graph, Evidence evidence) {
        if (evidence != null) {
            SourceTexts.InContext quote = texts.inContext(evidence);
            return new Source(new Link(iris.href(evidence.claim()), evidence.label(), evidence.claim()),
                    new Link(iris.href(evidence.speaker()), evidence.speakerLabel(), evidence.speaker()),
                    evidence.modalityLabel(), quote.before(), quote.quote(), quote.after(), false, null);
        }
        if (graph.equals(ParleyId.INFERRED_GRAPH))
            return new Source(null, null, null, null, null, null, true, null);
        return new Source(null, null, null, null, null, null, false, link(graph));
    }

    <T> T read(java.util.function.Supplier<T> action) {
        return Txn.calculateRead(store, action);
    }

    /**
     * JSON-LD for a {@code <script type="application/ld+json">} island. The script element ends at the first
     * {@code </}, so {@code <}, {@code >} and {@code &} are written as JSON escapes, which mean the same.
     */
    static String jsonIsland(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, RDFFormat.JSONLD11_PRETTY);
        return out.toString(StandardCharsets.UTF_8).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
