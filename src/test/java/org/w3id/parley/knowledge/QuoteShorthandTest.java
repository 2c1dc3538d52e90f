package org.w3id.parley.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.load.Inference;
import org.w3id.parley.load.Loader;
import org.w3id.parley.load.ParseFailure;
import org.w3id.parley.load.Validation;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.StoreFingerprint;

/**
 * The article's claims give only their words, and its text lives only in data/sources/article.txt; loaded, they must
 * be exactly what the hand-anchored files stored before (kept as test fixtures in fixtures/article-before-shorthand).
 */
class QuoteShorthandTest {
    private static final Path BEFORE = Path.of("src/test/resources/fixtures/article-before-shorthand");
    private static final String OA = "http://www.w3.org/ns/oa#";

    @TempDir
    Path tmp;

    @Test
    void theDataNoLongerSpellsOutSelectorsOrPastesTheText() throws IOException {
        String claims = Files.readString(ProjectData.DATA.resolve("article/claims.trig"));
        String source = Files.readString(ProjectData.DATA.resolve("article/source.trig"));
        assertEquals(33, claims.split("parley:quote \"", -1).length - 1, "one parley:quote per claim");
        assertFalse(claims.contains("oa:TextPositionSelector"), "claims.trig still counts offsets");
        assertFalse(claims.contains("oa:exact"), "claims.trig still spells out selectors");
        assertFalse(source.contains("cnt:chars \""), "source.trig still pastes the text");
        assertFalse(source.contains("bf97e03e"), "source.trig still gives the digest by hand");
        assertTrue(source.contains("parley:textFile \"../sources/article.txt\""));
    }

    @Test
    void theShorthandLoadsToExactlyTheStoreTheHandWrittenSelectorsGave() throws IOException {
        DatasetGraph now = load(List.of(ProjectData.ONTOLOGY, ProjectData.DATA));
        DatasetGraph before = load(List.of(ProjectData.ONTOLOGY, oldData()));
        assertEquals(Set.of(), difference(oaTriples(before), oaTriples(now)), "(-) before only, (+) now only");
        assertEquals(
                Txn.calculateRead(before, () -> Iter.toSet(before.listGraphNodes())),
                Txn.calculateRead(now, () -> Iter.toSet(now.listGraphNodes())));
        // Graph by graph up to blank node labels, which no two loads share (the shapes are full of blank nodes).
        Txn.executeRead(
                before,
                () -> Txn.executeRead(
                        now,
                        () -> Iter.filter(before.listGraphNodes(), Stores::isData)
                                .forEachRemaining(g -> assertTrue(
                                        before.getGraph(g).isIsomorphicWith(now.getGraph(g)), g + " differs"))));
        assertEquals(
                StoreFingerprint.of(before).split(" ")[0],
                StoreFingerprint.of(now).split(" ")[0],
                "quad count");
    }

    @Test
    void everyClaimOfTheArticleIsAnchoredWhereTheHandCountedOffsetsSaid() throws IOException {
        Set<String> anchored = oaTriples(load(List.of(ProjectData.ONTOLOGY, ProjectData.DATA)));
        // Two of the 35 quotes, checked against the article itself rather than against the old files.
        assertTrue(anchored.contains("<https://w3id.org/parley/id/graph/claims>"
                + " <https://w3id.org/parley/id/claim/trump-administration-territory-for-guarantees-formula#position>"
                + " <" + OA + "start> \"28\"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>"));
        assertTrue(anchored.contains(
                "<https://w3id.org/parley/id/graph/claims> <https://w3id.org/parley/id/claim/peace-not-close-is-the-reality#quote>"
                        + " <" + OA + "suffix> \"\\n\\n\\nJennifer Kavanagh is a senior\""));
        assertEquals(
                35,
                anchored.stream()
                        .filter(t -> t.contains(OA + "TextQuoteSelector"))
                        .count());
        assertEquals(
                35,
                anchored.stream()
                        .filter(t -> t.contains(OA + "TextPositionSelector"))
                        .count());
    }

    @Test
    void deletingAQuotedSentenceFromTheArticleRefusesTheLoadAtTheClaim() throws IOException {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("article"));
        Files.createDirectories(data.resolve("sources"));
        for (String file : List.of("article/source.trig", "article/entities.trig", "article/claims.trig"))
            Files.copy(ProjectData.DATA.resolve(file), data.resolve(file));
        String sentence = "This trade-off remains at the centre of US efforts to mediate a peace deal.";
        String article = ProjectData.articleText();
        assertTrue(article.contains(sentence));
        Files.writeString(data.resolve("sources/article.txt"), article.replace(sentence, ""));
        ParseFailure refused = assertThrows(ParseFailure.class, () -> load(List.of(ProjectData.ONTOLOGY, data)));
        assertEquals(data.resolve("article/claims.trig"), refused.file());
        String claims = Files.readString(data.resolve("article/claims.trig"));
        long line = 1
                + claims.substring(0, claims.indexOf("<claim/trade-off-central-to-us-mediation> a parley:Claim"))
                        .chars()
                        .filter(c -> c == '\n')
                        .count();
        assertEquals(line, refused.line(), refused::getMessage);
        assertTrue(refused.getMessage().contains("are not in the text"), refused::getMessage);
    }

    private static Set<String> difference(Set<String> before, Set<String> now) {
        Set<String> difference = new TreeSet<>();
        before.stream().filter(t -> !now.contains(t)).forEach(t -> difference.add("- " + t));
        now.stream().filter(t -> !before.contains(t)).forEach(t -> difference.add("+ " + t));
        return difference;
    }

    /** The article's data folder as it was, with the old source.trig and claims.trig, in a folder of its own. */
    private Path oldData() throws IOException {
        Path article = Files.createDirectories(tmp.resolve("data/article"));
        Files.copy(ProjectData.DATA.resolve("article/entities.trig"), article.resolve("entities.trig"));
        Files.copy(BEFORE.resolve("source.trig"), article.resolve("source.trig"));
        Files.copy(BEFORE.resolve("claims.trig"), article.resolve("claims.trig"));
        return tmp.resolve("data");
    }

    private static DatasetGraph load(List<Path> paths) {
        DatasetGraph store = Stores.inMemory();
        new Loader(store, Validation.fromFile(ProjectData.SHAPES), Inference.standard(), line -> {}).load(paths);
        return store;
    }

    /** Every triple, in any graph but the ontology's, whose predicate or type is a Web Annotation term, or parley:hasQuote. */
    private static Set<String> oaTriples(DatasetGraph store) {
        return Txn.calculateRead(store, () -> {
            Set<String> triples = new TreeSet<>();
            store.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (q.getGraph().getURI().startsWith("https://w3id.org/parley/ontology")
                        || q.getGraph().getURI().equals("https://w3id.org/parley/shapes")) return;
                String p = q.getPredicate().getURI();
                boolean oa = p.startsWith(OA)
                        || p.equals("https://w3id.org/parley/ontology#hasQuote")
                        || (q.getObject().isURI() && q.getObject().getURI().startsWith(OA));
                if (oa)
                    triples.add(NodeFmtLib.strNT(q.getGraph()) + " " + NodeFmtLib.strNT(q.getSubject()) + " "
                            + NodeFmtLib.strNT(q.getPredicate()) + " " + NodeFmtLib.strNT(q.getObject()));
            });
            return triples;
        });
    }
}
