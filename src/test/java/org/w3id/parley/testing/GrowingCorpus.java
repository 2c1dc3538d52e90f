package org.w3id.parley.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.w3id.parley.generate.CorpusGenerator;
import org.w3id.parley.vocab.ParleyId;
import org.w3id.parley.vocab.Prefixes;

/**
 * A small synthetic corpus ({@link CorpusGenerator}) cut into one TriG file per article, each article also in
 * {@linkplain ArticleVariant variants} (a claim removed, a claim added), for tests that grow, edit and shrink a store
 * file by file. The generator writes a thousand articles to a file; an article's graphs are all named under its own
 * {@code id:gen/aNNNNNN/}, which is where the cut goes. Articles {@code 3k} to {@code 3k+2} cover one negotiation and
 * share its items, so what one file asserts and another changes meet in the inferred graph and the reading view.
 */
public final class GrowingCorpus {
    private static final Pattern ARTICLE = Pattern.compile(Pattern.quote(ParleyId.GENERATED) + "(a\\d{6})/");

    private final Path actors;
    private final List<DatasetGraph> articles;

    private GrowingCorpus(Path actors, List<DatasetGraph> articles) {
        this.actors = actors;
        this.articles = articles;
    }

    /** Generates {@code count} articles with {@code seed} under {@code dir} (which must be empty) and cuts them apart. */
    public static GrowingCorpus generate(int count, long seed, Path dir) throws IOException {
        new CorpusGenerator(seed, line -> {}).generate(count, dir);
        Map<String, DatasetGraph> byArticle = new TreeMap<>();
        try (var files = Files.list(dir.resolve("articles"))) {
            for (Path file : files.sorted().toList()) {
                DatasetGraph all = RDFDataMgr.loadDatasetGraph(file.toString(), Lang.TRIG);
                all.find()
                        .forEachRemaining(q -> byArticle
                                .computeIfAbsent(articleOf(q.getGraph()), a -> DatasetGraphFactory.create())
                                .add(q));
            }
        }
        if (byArticle.size() != count)
            throw new IllegalStateException("expected " + count + " articles, found " + byArticle.keySet());
        return new GrowingCorpus(dir.resolve("actors.trig"), List.copyOf(byArticle.values()));
    }

    private static String articleOf(Node graph) {
        Matcher m = ARTICLE.matcher(graph.getURI());
        if (!m.lookingAt()) throw new IllegalStateException("a generated graph outside any article: " + graph);
        return m.group(1);
    }

    /** The shared actors and agenda topics, which every article refers to. */
    public Path actors() {
        return actors;
    }

    public int size() {
        return articles.size();
    }

    /** The file name article {@code article} is written under: {@code aNNNNNN.trig}. */
    public static String fileName(int article) {
        return String.format(Locale.ROOT, "a%06d.trig", article);
    }

    /** The quads of article {@code article} as {@code variant} has it, in a copy the caller may change. */
    public DatasetGraph quads(int article, ArticleVariant variant) {
        DatasetGraph copy = DatasetGraphFactory.create();
        articles.get(article).find().forEachRemaining(copy::add);
        variant.applyTo(new ArticleQuads(copy, articleIri(article)));
        return copy;
    }

    /** The TriG text of article {@code article} as {@code variant} has it. */
    public String trig(int article, ArticleVariant variant) {
        DatasetGraph quads = quads(article, variant);
        Prefixes.COMMON.forEach(quads.prefixes()::add);
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, quads, RDFFormat.TRIG_BLOCKS);
        return out.toString();
    }

    private static String articleIri(int article) {
        return ParleyId.GENERATED + String.format(Locale.ROOT, "a%06d/", article);
    }

    /** The claims of one article whose own graph asserts a triple with {@code property}, in the order they were written. */
    static List<Node> claimsAsserting(DatasetGraph quads, String article, Node property) {
        List<Node> claims = new ArrayList<>();
        quads.listGraphNodes().forEachRemaining(g -> {
            if (g.getURI().startsWith(article + "claim/") && quads.getGraph(g).contains(Node.ANY, property, Node.ANY))
                claims.add(g);
        });
        claims.sort(Comparator.comparingInt(GrowingCorpus::claimNumber));
        return claims;
    }

    /** Generated claims are {@code …/claim/cN}; added ones sort after them. */
    private static int claimNumber(Node claim) {
        String uri = claim.getURI();
        String tail = uri.substring(uri.lastIndexOf('/') + 1);
        return tail.matches("c\\d+") ? Integer.parseInt(tail.substring(1)) : Integer.MAX_VALUE;
    }

    /** Quads of a claim graph or of the claims' metadata. */
    static boolean isAbout(Quad q, Node claim) {
        Node s = q.getSubject();
        return s.isURI() && (s.equals(claim) || s.getURI().startsWith(claim.getURI() + "#"));
    }
}
