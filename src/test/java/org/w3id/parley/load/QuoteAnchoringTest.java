package org.w3id.parley.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OA;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Cli;
import org.w3id.parley.testing.Cli.Run;
import org.w3id.parley.testing.StoreFingerprint;
import org.w3id.parley.vocab.Cnt;
import org.w3id.parley.vocab.Parley;

/** The quote shorthand and text files on a made-up source (fixtures/shorthand), where the article has no such cases. */
class QuoteAnchoringTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/shorthand");
    private static final String ID = "https://w3id.org/parley/id/";

    @TempDir
    Path tmp;

    private Path data;
    private Path text;

    @BeforeEach
    void copyTheFixture() throws IOException {
        data = Files.createDirectories(tmp.resolve("data"));
        Files.createDirectories(tmp.resolve("sources"));
        for (String file : List.of("data/source.trig", "data/claims.trig", "sources/text.txt"))
            Files.copy(FIXTURE.resolve(file), tmp.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        text = tmp.resolve("sources/text.txt");
    }

    private static Loader loader(DatasetGraph store) {
        return new Loader(store, Validation.none(), Inference.standard(), line -> {});
    }

    private void editClaims(UnaryOperator<String> edit) throws IOException {
        Path claims = data.resolve("claims.trig");
        String before = Files.readString(claims);
        String after = edit.apply(before);
        assertFalse(before.equals(after), "the edit did not apply");
        Files.writeString(claims, after);
    }

    private static String start(DatasetGraph store, String claim) {
        return object(store, ID + "claim/" + claim + "#position", OA.start.asNode());
    }

    private static String object(DatasetGraph store, String subject, Node property) {
        return Txn.calculateRead(
                store,
                () -> store.find(Node.ANY, NodeFactory.createURI(subject), property, Node.ANY)
                        .next()
                        .getObject()
                        .getLiteralLexicalForm());
    }

    @Test
    void offsetsCountCodePointsAndPrefixOrOccurrenceChooseAmongRepeatedWords() {
        DatasetGraph store = Stores.inMemory();
        loader(store).load(List.of(data));
        // "🕊" before the words is one code point (two Java chars): 159, not 160.
        assertEquals("159", start(store, "peace-not-close"));
        assertEquals("178", object(store, ID + "claim/peace-not-close#position", OA.end.asNode()));
        assertEquals(
                " said the talks would resume. 🕊 ",
                object(store, ID + "claim/peace-not-close#quote", OA.prefix.asNode()));
        assertEquals("\n", object(store, ID + "claim/peace-not-close#quote", OA.suffix.asNode()));
        assertEquals("133", start(store, "minister-talks-resume"));
        assertEquals("91", start(store, "envoy-talks-resume"));
        Txn.executeRead(store, () -> {
            assertFalse(store.find(Node.ANY, Node.ANY, Parley.quote, Node.ANY).hasNext(), "shorthand stored");
            assertFalse(
                    store.find(Node.ANY, Node.ANY, Parley.textFile, Node.ANY).hasNext(), "textFile stored");
            assertEquals(
                    3L,
                    org.apache.jena.atlas.iterator.Iter.count(
                            store.findNG(Node.ANY, Node.ANY, OA.motivatedBy.asNode(), OA.identifying.asNode())));
        });
        assertTrue(object(store, ID + "text/fixture", Cnt.chars).startsWith("Test fixture for the quote shorthand"));
    }

    @Test
    void wordsNotInTheTextAreRefusedAtTheClaimWithTheWordsAndTheText() throws IOException {
        editClaims(c -> c.replace("\"Peace is not close.\"", "\"Peace is close.\""));
        ParseFailure refused =
                assertThrows(ParseFailure.class, () -> loader(Stores.inMemory()).load(List.of(data)));
        assertEquals(data.resolve("claims.trig"), refused.file());
        assertEquals(10, refused.line(), refused::getMessage);
        assertEquals(5, refused.column(), refused::getMessage);
        assertTrue(refused.getMessage().contains("\"Peace is close.\" are not in the text"), refused::getMessage);
        assertTrue(refused.getMessage().contains("<" + ID + "text/fixture>"), refused::getMessage);
        assertTrue(refused.getMessage().contains("the text has \"Peace is \""), refused::getMessage);
    }

    @Test
    void repeatedWordsWithNothingToChooseByAreRefusedWithTheirOffsets() throws IOException {
        editClaims(c -> c.replace("        parley:quoteOccurrence 2 .", "        .")
                .replace(
                        "parley:quote \"the talks would resume\" ;\n        .",
                        "parley:quote \"the talks would resume\" ."));
        ParseFailure refused =
                assertThrows(ParseFailure.class, () -> loader(Stores.inMemory()).load(List.of(data)));
        assertEquals(14, refused.line(), refused::getMessage);
        assertTrue(refused.getMessage().contains("occur 2 times, at code points [91, 133]"), refused::getMessage);
        assertTrue(refused.getMessage().contains("claim/minister-talks-resume"), refused::getMessage);
    }

    @Test
    void anOccurrenceBeyondTheLastOrAPrefixThatIsNotThereIsRefused() throws IOException {
        editClaims(c -> c.replace("parley:quoteOccurrence 2", "parley:quoteOccurrence 3"));
        ParseFailure refused =
                assertThrows(ParseFailure.class, () -> loader(Stores.inMemory()).load(List.of(data)));
        assertTrue(refused.getMessage().contains("quoteOccurrence 3, but the words"), refused::getMessage);
        copyTheFixture();
        editClaims(c -> c.replace("\"The envoy said \"", "\"The general said \""));
        refused =
                assertThrows(ParseFailure.class, () -> loader(Stores.inMemory()).load(List.of(data)));
        assertTrue(refused.getMessage().contains("none has the given quotePrefix/quoteSuffix"), refused::getMessage);
    }

    @Test
    void selectorsWrittenOutThatAgreeWithTheShorthandAreKeptAndOnesThatDisagreeAreRefused() throws IOException {
        String explicit = """
                    claim:peace-not-close parley:hasQuote claim:peace-not-close\\#target .
                    claim:peace-not-close\\#target a <http://www.w3.org/ns/oa#SpecificResource> ;
                        <http://www.w3.org/ns/oa#hasSource> <text/fixture> .
                }
                """;
        editClaims(c -> c.substring(0, c.lastIndexOf('}')) + explicit);
        ParseFailure refused =
                assertThrows(ParseFailure.class, () -> loader(Stores.inMemory()).load(List.of(data)));
        assertTrue(refused.getMessage().contains("they disagree: the words are at [159, 178)"), refused::getMessage);
        assertEquals(10, refused.line(), refused::getMessage);
    }

    @Test
    void aClaimWhoseSourceHasNoTextIsRefused() throws IOException {
        editClaims(c ->
                c.replaceFirst("prov:wasDerivedFrom <article/fixture>", "prov:wasDerivedFrom <article/elsewhere>"));
        ParseFailure refused =
                assertThrows(ParseFailure.class, () -> loader(Stores.inMemory()).load(List.of(data)));
        assertTrue(refused.getMessage().contains("is not described with a text"), refused::getMessage);
    }

    @Test
    void aTextThatIsNotUtf8IsRefusedAtItsLineAndTheStoreKeepsWhatItHad() throws Exception {
        DatasetGraph store = Stores.inMemory();
        loader(store).load(List.of(data));
        String before = StoreFingerprint.of(store);
        byte[] latin1 = "Test fixture.\nCaf\u00e9 in Latin-1.\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(text, latin1);
        ParseFailure refused =
                assertThrows(ParseFailure.class, () -> loader(store).load(List.of(data)));
        assertEquals(
                text.toAbsolutePath().normalize(),
                refused.file().toAbsolutePath().normalize());
        assertEquals(2, refused.line(), refused::getMessage);
        assertEquals(4, refused.column(), refused::getMessage);
        assertTrue(refused.getMessage().contains("not valid UTF-8"), refused::getMessage);
        assertEquals(before, StoreFingerprint.of(store));
    }

    @Test
    void theCommandLineRefusesWithExitOneAndTheClaimsPosition() throws IOException {
        editClaims(c -> c.replace("\"Peace is not close.\"", "\"Peace is close.\""));
        Run run = Cli.run("validate", "--ontology", tmp.resolve("no-ontology").toString(), data.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains(data.resolve("claims.trig") + ":10:5: "), run::toString);
    }

    @Test
    void anEditedTextMakesTheStoreOutOfDateAndTheReloadReanchorsTheQuotes() throws IOException {
        DatasetGraph store = Stores.inMemory();
        Loader loader = loader(store);
        List<Path> sources = List.of(data);
        loader.load(sources);
        assertTrue(loader.isCurrent(sources));
        Files.setLastModifiedTime(text, FileTime.from(Instant.now().plusSeconds(60)));
        assertTrue(loader.isCurrent(sources), "a touched text with the same content is still current");

        String edited = Files.readString(text).replace("Test fixture", "Test fixture, corrected,");
        Files.writeString(text, edited);
        assertFalse(loader.isCurrent(sources), "the store still holds the text as it was");
        loader.load(sources);
        assertEquals("171", start(store, "peace-not-close"), "12 code points later");
        assertEquals(edited, object(store, ID + "text/fixture", Cnt.chars));
        assertTrue(loader.isCurrent(sources));

        Files.delete(text);
        assertFalse(loader.isCurrent(sources), "the text is gone");
    }

    @Test
    void aTextFileThatIsMissingIsRefusedAtTheTextResource() throws IOException {
        Files.delete(text);
        ParseFailure refused =
                assertThrows(ParseFailure.class, () -> loader(Stores.inMemory()).load(List.of(data)));
        assertEquals(data.resolve("source.trig"), refused.file());
        assertEquals(13, refused.line(), refused::getMessage);
        assertTrue(refused.getMessage().contains("parley:textFile \"../sources/text.txt\": no such file"));
    }
}
