package org.w3id.parley.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.chainLoadArgs;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Cli;
import org.w3id.parley.testing.Cli.Run;
import org.w3id.parley.testing.Dumps;
import org.w3id.parley.vocab.Cnt;

/**
 * Texts in each format, loaded from a description written here: what loads and anchors, and what is refused (exit 1,
 * the file and line named, the store unchanged).
 */
class SourceFormatsTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/sources");
    private static final String ID = "https://w3id.org/parley/id/";

    @TempDir
    Path tmp;

    private Path data;
    private Path sources;

    @BeforeEach
    void copyTheTexts() throws IOException {
        data = Files.createDirectories(tmp.resolve("data"));
        sources = Files.createDirectories(tmp.resolve("sources"));
        for (String text : List.of("talks.html", "notes.md"))
            Files.copy(FIXTURES.resolve(text), sources.resolve(text), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A description of one source, {@code name}, in {@code file}: its text in {@code textFile} with {@code format}. */
    private Path describe(String file, String name, String url, String format, String textFile) throws IOException {
        return Files.writeString(data.resolve(file), """
                @prefix parley:  <https://w3id.org/parley/ontology#> .
                @base            <https://w3id.org/parley/id/> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix cnt:     <http://www.w3.org/2011/content#> .
                @prefix schema:  <https://schema.org/> .

                <graph/source/%1$s> {
                    <source/%1$s> a schema:CreativeWork ;
                        schema:url <%2$s> .

                    <text/%1$s> a cnt:ContentAsText ;
                        dcterms:isFormatOf <source/%1$s> ;
                        dcterms:format "%3$s" ;
                        parley:textFile "../sources/%4$s" .
                }
                """.formatted(name, url, format, textFile));
    }

    private Path claim(String name, String quote) throws IOException {
        return Files.writeString(data.resolve("claims-" + name + ".trig"), """
                @prefix parley:  <https://w3id.org/parley/ontology#> .
                @base            <https://w3id.org/parley/id/> .
                @prefix prov:    <http://www.w3.org/ns/prov#> .

                <graph/claims/%1$s> {
                    <claim/%1$s> a parley:Claim ;
                        prov:wasDerivedFrom <source/%1$s> ;
                        parley:quote "%2$s" .
                }
                """.formatted(name, quote));
    }

    private static DatasetGraph load(Path... paths) {
        DatasetGraph store = Stores.inMemory();
        new Loader(store, Validation.none(), Inference.standard(), line -> {}).load(List.of(paths));
        return store;
    }

    private static String object(DatasetGraph store, String subject, Node property) {
        return Txn.calculateRead(
                store,
                () -> store.find(Node.ANY, NodeFactory.createURI(ID + subject), property, Node.ANY)
                        .next()
                        .getObject()
                        .getLiteralLexicalForm());
    }

    /** {@code parley load} of the data folder into a store that holds a good load already: exit 1, nothing changed. */
    private Run refusedWithoutChange() {
        Path store = tmp.resolve("store");
        Run good = Cli.run(chainLoadArgs(store));
        assertEquals(0, good.exitCode(), good::toString);
        List<String> before = Dumps.allQuads(store);
        Run run = Cli.run(
                "load",
                "--store",
                store.toString(),
                "--shapes",
                fixture("shapes.ttl").toString(),
                data.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(before, Dumps.allQuads(store), "the store changed although the load failed");
        assertEquals(1, run.err().strip().lines().count(), run::toString);
        return run;
    }

    @Test
    void anHtmlTextIsThePagesTextAndAQuoteAnchorsInIt() throws IOException {
        describe("talks.trig", "talks", "https://example.org/talks", "text/html", "talks.html");
        claim("talks", "Zürich agreed: “no deal before spring” 🕊.\\nObservers");
        DatasetGraph store = load(data);
        assertTrue(object(store, "text/talks", Cnt.chars).startsWith("Talks resume in Geneva\n\nThe envoy said"));
        assertEquals("108", object(store, "claim/talks#position", OA.start.asNode()));
        assertEquals("159", object(store, "claim/talks#position", OA.end.asNode()));
    }

    @Test
    void aMarkdownTextIsTheFileAsItIsAndAQuoteAnchorsInIt() throws IOException {
        describe("notes.trig", "notes", "https://example.org/notes", "text/markdown", "notes.md");
        claim("notes", "*both sides* want a ceasefire");
        DatasetGraph store = load(data);
        String text = Files.readString(sources.resolve("notes.md"));
        assertEquals(text, object(store, "text/notes", Cnt.chars));
        assertEquals(String.valueOf(text.indexOf("*both")), object(store, "claim/notes#position", OA.start.asNode()));
        assertEquals("129", object(store, "claim/notes#position", OA.start.asNode()));
    }

    @Test
    void htmlThatIsNotTextIsRefusedAtTheHtmlFile() throws IOException {
        Files.write(sources.resolve("talks.html"), new byte[] {'<', 'p', '>', '\n', 'o', 'k', (byte) 0xC3, '(', '<'});
        describe("talks.trig", "talks", "https://example.org/talks", "text/html", "talks.html");
        Run run = refusedWithoutChange();
        assertTrue(
                run.err()
                        .contains(sources.resolve("talks.html").toAbsolutePath().normalize() + ":2:3: not valid UTF-8"),
                run::toString);

        Files.writeString(sources.resolve("talks.html"), "<!-- only a comment --><script>x()</script>");
        ParseFailure empty = assertThrows(ParseFailure.class, () -> load(data));
        assertEquals("talks.html", empty.file().getFileName().toString());
        assertTrue(empty.getMessage().contains("no text in this HTML"), empty::getMessage);
    }

    @Test
    void aFormatTheLoaderDoesNotKnowIsRefusedAtTheTextResource() throws IOException {
        Path description =
                describe("talks.trig", "talks", "https://example.org/talks", "application/pdf", "talks.html");
        Run run = refusedWithoutChange();
        assertTrue(
                run.err()
                        .contains(description + ":11:5: dcterms:format \"application/pdf\" of <" + ID
                                + "text/talks> is not a format Parley reads; use one of"
                                + " <https://www.iana.org/assignments/media-types/text/plain>,"
                                + " <https://www.iana.org/assignments/media-types/text/markdown>,"
                                + " <https://www.iana.org/assignments/media-types/text/html>"),
                run::toString);
    }

    @Test
    void aFormatTheFileNameDisagreesWithIsRefusedAtTheTextResource() throws IOException {
        Path description = describe("notes.trig", "notes", "https://example.org/notes", "text/html", "notes.md");
        Run run = refusedWithoutChange();
        assertTrue(
                run.err()
                        .contains(
                                description + ":11:5: <" + ID + "text/notes> is dcterms:format \"text/html\" but"
                                        + " its file notes.md is named as text/markdown; a text/html file is named .html or .htm"),
                run::toString);

        describe("notes.trig", "notes", "https://example.org/notes", "text/plain", "notes.md");
        assertTrue(refusedWithoutChange().err().contains("a text/plain file is named .txt"));
    }

    @Test
    void twoDescriptionsWithTheSameUrlAreRefusedAtTheSecond() throws IOException {
        describe("a-talks.trig", "talks", "https://example.org/talks", "text/html", "talks.html");
        Path second = describe("b-notes.trig", "notes", "https://example.org/talks", "text/markdown", "notes.md");
        Run run = refusedWithoutChange();
        assertTrue(
                run.err()
                        .contains(second + ":8:5: <" + ID + "source/notes> has schema:url https://example.org/talks,"
                                + " as <" + ID + "source/talks> has (in " + data.resolve("a-talks.trig")),
                run::toString);
    }

    @Test
    void aUrlThatASourceLoadedEarlierHasIsRefusedToo() throws IOException {
        describe("a-talks.trig", "talks", "https://example.org/talks", "text/html", "talks.html");
        DatasetGraph store = load(data);
        Path other = Files.createDirectories(tmp.resolve("other"));
        describe("b-notes.trig", "notes", "https://example.org/talks", "text/markdown", "notes.md");
        Files.move(data.resolve("b-notes.trig"), other.resolve("b-notes.trig"));
        ParseFailure refused = assertThrows(
                ParseFailure.class,
                () -> new Loader(store, Validation.none(), Inference.standard(), line -> {}).load(List.of(other)));
        assertTrue(refused.getMessage().contains("(loaded earlier from another file)"), refused::getMessage);
    }

    /** The description a file gave last time is replaced by the reload, so its URL is not a second description. */
    @Test
    void aReloadedDescriptionMayRenameItsSourceAndKeepItsUrl() throws IOException {
        describe("a-talks.trig", "talks", "https://example.org/talks", "text/html", "talks.html");
        DatasetGraph store = load(data);
        describe("a-talks.trig", "geneva-talks", "https://example.org/talks", "text/html", "talks.html");
        new Loader(store, Validation.none(), Inference.standard(), line -> {}).load(List.of(data));
        Txn.executeRead(store, () -> {
            Node url = NodeFactory.createURI("https://example.org/talks");
            assertEquals(
                    List.of(NodeFactory.createURI(ID + "source/geneva-talks")),
                    Iter.asStream(store.findNG(Node.ANY, Node.ANY, SchemaDO.url.asNode(), url))
                            .map(Quad::getSubject)
                            .toList());
        });
    }
}
