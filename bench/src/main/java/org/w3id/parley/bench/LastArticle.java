package org.w3id.parley.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.parley.ParleyException;
import org.w3id.parley.generate.CorpusGenerator;
import org.w3id.parley.vocab.ParleyId;
import org.w3id.parley.vocab.Prefixes;

/**
 * One article of a generated corpus as a file of its own: the article a store of N articles grows by is article N of
 * the corpus of N + 1 (the generator makes article k the same whatever the corpus size), and it shares its TriG file
 * with up to {@value CorpusGenerator#ARTICLES_PER_FILE} others, so its graphs are picked out by their names.
 */
final class LastArticle {
    private final int index;
    private final DatasetGraph quads;

    private LastArticle(int index, DatasetGraph quads) {
        this.index = index;
        this.quads = quads;
    }

    /** The last article, number {@code index}, of {@code corpus}; fails if no graph of it is there. */
    static LastArticle of(Path corpus, int index) {
        int first = index / CorpusGenerator.ARTICLES_PER_FILE * CorpusGenerator.ARTICLES_PER_FILE;
        Path file = corpus.resolve("articles").resolve(String.format(Locale.ROOT, "a%06d-a%06d.trig", first, index));
        if (!Files.isRegularFile(file))
            throw new ParleyException(file + ": no such corpus file; article " + index + " should be its last");
        String graphs = graphPrefix(index);
        DatasetGraph own = DatasetGraphFactory.createTxnMem();
        RDFParser.source(file).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                if (quad.getGraph().isURI() && quad.getGraph().getURI().startsWith(graphs)) own.add(quad);
            }
        });
        if (own.isEmpty()) throw new ParleyException(file + " holds no graph of article " + index);
        return new LastArticle(index, own);
    }

    /** Every graph of article {@code index} is named under this. */
    static String graphPrefix(int index) {
        return ParleyId.GENERATED + String.format(Locale.ROOT, "a%06d/", index);
    }

    long quads() {
        return quads.stream().count();
    }

    /** Writes the article as TriG. */
    void write(Path file) throws IOException {
        write(quads, file);
    }

    /**
     * Writes the article with one change, the label of its first claim ending in "(revision {@code revision})", so
     * that each reload of the file is a real edit of one claim's text, as an analyst's correction would be.
     */
    void writeRevision(Path file, int revision) throws IOException {
        Node claim = NodeFactory.createURI(graphPrefix(index) + "claim/c1");
        DatasetGraph revised = DatasetGraphFactory.createTxnMem();
        boolean changed = false;
        for (Quad quad : (Iterable<Quad>) quads.stream()::iterator) {
            if (quad.getSubject().equals(claim) && quad.getPredicate().equals(RDFS.label.asNode())) {
                Node label = quad.getObject();
                revised.add(new Quad(
                        quad.getGraph(),
                        claim,
                        quad.getPredicate(),
                        NodeFactory.createLiteralLang(
                                label.getLiteralLexicalForm() + " (revision " + revision + ")",
                                label.getLiteralLanguage())));
                changed = true;
            } else {
                revised.add(quad);
            }
        }
        if (!changed) throw new ParleyException("article " + index + " has no labelled claim c1 to revise");
        write(revised, file);
    }

    private static void write(DatasetGraph dataset, Path file) throws IOException {
        Prefixes.COMMON.forEach(dataset.prefixes()::add);
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, dataset, Lang.TRIG);
        }
    }

    /** So a test can read what was written without the writer's help. */
    static DatasetGraph read(Path file) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.source(file).parse(StreamRDFLib.dataset(dataset));
        return dataset;
    }
}
