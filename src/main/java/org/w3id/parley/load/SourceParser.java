package org.w3id.parley.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.parley.ParleyException;
import org.w3id.parley.vocab.ParleyId;

/**
 * Parses one file, handing each quad to a target and each prefix to a prefix map. Quads keep their
 * graph; triples outside any named graph go to one graph named after the file: the IRI of its
 * {@code owl:Ontology} if it declares exactly one, otherwise {@link ParleyId#fileGraph}.
 */
final class SourceParser {

    /** Every graph the file wrote, and how many quads. */
    record Parsed(Set<Node> graphs, long quads) {}

    private static final long PROGRESS_EVERY = 250_000;

    static Parsed parseInto(Path file, Consumer<Quad> target, PrefixMap prefixes, Consumer<String> progress) {
        Lang lang = SourceFiles.syntaxOf(file);
        Collector collector = new Collector(file, target, prefixes, progress);
        try {
            if (lang.equals(Lang.RDFXML))
                try (InputStream in = SourceFiles.open(file)) {
                    XmlDoctype.refuse(file, in);
                }
            try (InputStream in = SourceFiles.open(file)) {
                if (lang.equals(Lang.RDFXML)) InputChecks.refuseHugeXmlText(file, in);
                else InputChecks.requireUtf8Text(file, in);
            }
            try (InputStream in = SourceFiles.open(file)) {
                // No base IRI: a relative IRI is an error, not silently made absolute against a local path.
                RDFParser.source(in)
                        .lang(lang)
                        .base(null)
                        .checking(true)
                        .strict(true)
                        .errorHandler(new FailFast(file))
                        .parse(collector);
            }
        } catch (ParseFailure ex) {
            throw ex;
        } catch (RiotException ex) {
            throw new ParseFailure(file, -1, -1, ex.getMessage());
        } catch (IOException ex) {
            throw new ParleyException(file + ": cannot read: " + ex.getMessage(), ex);
        }
        return collector.result();
    }

    private static final class Collector extends StreamRDFBase {
        private final Path file;
        private final Consumer<Quad> target;
        private final PrefixMap prefixes;
        private final Consumer<String> progress;
        private final Graph defaultGraph = GraphFactory.createDefaultGraph();
        private final Set<Node> graphs = new HashSet<>();
        private long quads;
        private int prefixCount;
        private final long start = System.nanoTime();

        Collector(Path file, Consumer<Quad> target, PrefixMap prefixes, Consumer<String> progress) {
            this.file = file;
            this.target = target;
            this.prefixes = prefixes;
            this.progress = progress;
        }

        @Override
        public void triple(Triple triple) {
            check(triple.getSubject());
            check(triple.getPredicate());
            check(triple.getObject());
            defaultGraph.add(triple);
            counted();
        }

        /**
         * What {@link TextScanner} refuses with a line and column in a text syntax, refused here for every syntax
         * (RDF/XML included) once the parser has built the term: the parser does not tell where it was.
         */
        private void check(Node node) {
            if (node.isTripleTerm())
                throw new ParseFailure(
                        file, -1, -1, "an RDF 1.2 triple term; Parley does not store RDF 1.2 triple terms yet");
            if (node.isURI()) checkLength(node.getURI());
            if (node.isLiteral()) {
                checkLength(node.getLiteralDatatypeURI());
                String lexical = node.getLiteralLexicalForm();
                if (lexical.length() > InputLimits.MAX_LITERAL_CHARS)
                    throw new ParseFailure(
                            file,
                            -1,
                            -1,
                            String.format(
                                    "a literal of %,d characters (the limit is %,d)",
                                    lexical.length(), InputLimits.MAX_LITERAL_CHARS));
                for (int i = 0; i < lexical.length(); i++)
                    if (InputLimits.isControl(lexical.charAt(i)))
                        throw new ParseFailure(file, -1, -1, InputLimits.controlMessage(lexical.charAt(i)));
            }
        }

        private void checkLength(String iri) {
            if (iri.length() > InputLimits.MAX_IRI_CHARS)
                throw new ParseFailure(
                        file,
                        -1,
                        -1,
                        String.format(
                                "an IRI of %,d characters (the limit is %,d)",
                                iri.length(), InputLimits.MAX_IRI_CHARS));
        }

        @Override
        public void quad(Quad quad) {
            Node graph = quad.getGraph();
            // The parser names the default graph urn:x-arq:DefaultGraphNode; a file writing that name is refused
            // by TextScanner, and anything else under urn:x-arq: here.
            if (graph.isURI()
                    && graph.getURI().startsWith("urn:x-arq:")
                    && !graph.equals(Quad.defaultGraphNodeGenerated))
                throw new ParseFailure(
                        file,
                        -1,
                        -1,
                        "graph <" + graph.getURI() + ">: names under urn:x-arq: are the store's own union and"
                                + " default graphs; Parley refuses them");
            if (quad.isDefaultGraph()) {
                triple(quad.asTriple());
                return;
            }
            check(graph);
            check(quad.getSubject());
            check(quad.getPredicate());
            check(quad.getObject());
            graphs.add(graph);
            target.accept(quad);
            counted();
        }

        @Override
        public void prefix(String prefix, String iri) {
            if (++prefixCount > InputLimits.MAX_PREFIXES)
                throw new ParseFailure(
                        file,
                        -1,
                        -1,
                        String.format(
                                "more than %,d prefix declarations in one file (the limit)", InputLimits.MAX_PREFIXES));
            prefixes.add(prefix, iri);
        }

        private void counted() {
            if (++quads % PROGRESS_EVERY == 0) {
                double seconds = (System.nanoTime() - start) / 1e9;
                progress.accept(String.format("%s: %,d quads parsed (%,.0f quads/s)", file, quads, quads / seconds));
            }
        }

        Parsed result() {
            if (!defaultGraph.isEmpty()) {
                Node name = graphNameFor(defaultGraph, file);
                defaultGraph.find().forEachRemaining(t -> target.accept(Quad.create(name, t)));
                graphs.add(name);
            }
            return new Parsed(Set.copyOf(graphs), quads);
        }
    }

    private static Node graphNameFor(Graph triples, Path file) {
        List<Node> ontologies = triples.find(Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode())
                .mapWith(Triple::getSubject)
                .filterKeep(Node::isURI)
                .toList();
        return ontologies.size() == 1
                ? ontologies.get(0)
                : ParleyId.fileGraph(file.getFileName().toString());
    }

    private SourceParser() {}
}
