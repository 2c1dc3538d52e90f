package org.w3id.parley.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.ArticleVariant;
import org.w3id.parley.testing.Fixtures;
import org.w3id.parley.testing.GrowingCorpus;
import org.w3id.parley.testing.SameData;
import org.w3id.parley.vocab.ParleyId;

/**
 * Issue 14: a load that adds files can hold one batch of them in memory at a time, and still commits as one and ends
 * as a load in one batch does: the same quads (inferred graph and reading view included), the same report for data
 * that does not conform, nothing written when it fails. Every file is a batch of its own here, and the actors come
 * after the articles, so the claims fail validation in their own batches (their speakers are no actors yet) and pass
 * once the actors' batch is in.
 */
class BatchedLoadTest {
    private static final Path ONTOLOGY = Fixtures.project("ontology");
    private static final String GEN = ParleyId.GENERATED;

    @TempDir
    Path dir;

    @Test
    void aLoadInBatchesOfOneFileEndsAsALoadInOne() throws IOException {
        List<Path> sources = corpus(List.of());
        List<String> said = new ArrayList<>();
        DatasetGraph batched = Stores.inMemory();
        LoadResult result = loader(batched, said::add).inBatchesOf(1).load(sources);
        DatasetGraph whole = Stores.inMemory();
        loader(whole, line -> {}).load(sources);

        assertEquals(List.of(), SameData.differences(whole, batched));
        int files = SourceFiles.expand(sources).size();
        assertEquals(files, result.files());
        assertTrue(
                said.stream().anyMatch(line -> line.startsWith("batch " + files + " of " + files + ", at ")),
                () -> "one batch per file: " + said);
        assertTrue(
                said.stream()
                        .anyMatch(line -> line.endsWith(
                                " node(s) do not conform so far; a later batch may bring" + " what they lack")),
                () -> "the claims failed before the actors' batch came: " + said);
    }

    /**
     * One node fails and goes on failing (an agenda topic that is none), and one that passed in its batch is broken by
     * a later one (a second headline for the first article): the load is refused with the report a load in one batch
     * gives, and writes nothing.
     */
    @Test
    void aNodeStillFailingOnceEverythingIsInFailsTheLoadWithTheOneBatchReport() throws IOException {
        List<Path> sources = corpus(List.of(
                file(
                        "0-early.trig",
                        "<" + GEN + "early> { <" + GEN
                                + "n000000/stage/s1> <https://w3id.org/parley/ontology#agendaTopic> <" + GEN
                                + "topic/no-such-topic> . }"),
                file(
                        "z-late.trig",
                        "<" + GEN + "late> { <" + GEN
                                + "a000000/article> <https://schema.org/headline> \"A second headline\" . }")));
        DatasetGraph batched = Stores.inMemory();
        ValidationFailure inBatches = assertThrows(
                ValidationFailure.class,
                () -> loader(batched, line -> {}).inBatchesOf(1).load(sources));
        ValidationFailure inOne = assertThrows(
                ValidationFailure.class,
                () -> loader(Stores.inMemory(), line -> {}).load(sources));

        assertEquals(inOne.getMessage(), inBatches.getMessage());
        assertTrue(inBatches.getMessage().contains("n000000/stage/s1"), inBatches::getMessage);
        assertTrue(inBatches.getMessage().contains("a000000/article"), inBatches::getMessage);
        assertFalse(Txn.calculateRead(batched, () -> batched.find().hasNext()), "nothing written");
    }

    /**
     * The project's article: its claims file comes before the file that gives the article's text, so in batches of a
     * file its quotes cannot be anchored. The load starts again in one batch and ends as that load does.
     */
    @Test
    void aQuoteWhoseTextComesInALaterBatchLoadsInOneBatch() {
        List<Path> sources = List.of(ONTOLOGY, Fixtures.project("data"));
        List<String> said = new ArrayList<>();
        DatasetGraph batched = Stores.inMemory();
        loader(batched, said::add).inBatchesOf(1).load(sources);
        DatasetGraph whole = Stores.inMemory();
        loader(whole, line -> {}).load(sources);

        assertEquals(List.of(), SameData.differences(whole, batched));
        assertTrue(
                said.contains(
                        "a quote could not be anchored within its batch; loading everything in one batch instead"),
                () -> String.join("\n", said));
    }

    @Test
    void aBatchNeedsAPositiveSize() {
        assertThrows(
                IllegalArgumentException.class,
                () -> loader(Stores.inMemory(), line -> {}).inBatchesOf(0));
    }

    /**
     * The ontology, a folder of the six articles of two negotiations, each in a file, with {@code extra}, and then the
     * actors the articles name.
     */
    private List<Path> corpus(List<Path> extra) throws IOException {
        LoadEquivalenceTest.Corpus corpus = LoadEquivalenceTest.Corpus.get();
        Path folder = Files.createDirectories(dir.resolve("articles"));
        for (int a = 0; a < corpus.articles.size(); a++)
            Files.writeString(
                    folder.resolve(GrowingCorpus.fileName(a)), corpus.articles.trig(a, ArticleVariant.ORIGINAL));
        for (Path file : extra) Files.move(file, folder.resolve(file.getFileName()));
        return List.of(ONTOLOGY, folder, corpus.articles.actors());
    }

    private Path file(String name, String trig) throws IOException {
        return Files.writeString(dir.resolve(name), trig);
    }

    private static Loader loader(DatasetGraph store, Consumer<String> progress) {
        return new Loader(store, Validation.fromFile(ONTOLOGY.resolve("shapes.ttl")), Inference.standard(), progress);
    }
}
