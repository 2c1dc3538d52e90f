package org.w3id.parley.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Sha256;
import org.w3id.parley.load.Inference;
import org.w3id.parley.load.Loader;
import org.w3id.parley.load.Validation;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Cli;
import org.w3id.parley.testing.Cli.Run;
import org.w3id.parley.vocab.Cnt;
import org.w3id.parley.vocab.Parley;

/** {@code parley source add} on a copy of the project's data, from the file to a claim that loads. */
class SourceAddCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/sources");
    private static final String ID = "https://w3id.org/parley/id/";
    /** The text of fixtures/sources/talks.html by the README's rule, written out by hand. */
    private static final String TALKS = "Talks resume in Geneva\n\n"
            + "The envoy said the talks would resume on Monday & last a whole week.\n\n"
            + "Délégués from Zürich agreed: “no deal before spring” 🕊.\nObservers were not so sure.";

    @TempDir
    Path tmp;

    private Path data;
    private Path ontology;

    @BeforeEach
    void copyTheProject() throws IOException {
        data = tmp.resolve("data");
        ontology = tmp.resolve("ontology");
        PathUtils.copyDirectory(Article.DATA, data);
        PathUtils.copyDirectory(Article.ONTOLOGY, ontology);
    }

    /** Adds {@code file} with every option given, {@code changes} (option, value, …) replacing their defaults. */
    private Run add(Path file, String url, String... changes) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        options.put("--title", List.of("Talks resume in Geneva"));
        options.put("--author", List.of("Jane Roe", "Jennifer Kavanagh"));
        options.put("--publisher", List.of("UnHerd"));
        options.put("--published", List.of("2026-02-01"));
        options.put("--url", List.of(url));
        options.put("--lang", List.of("en"));
        options.put("--data", List.of(data.toString()));
        for (int i = 0; i + 1 < changes.length; i += 2) options.put(changes[i], List.of(changes[i + 1]));
        List<String> args = new ArrayList<>(List.of("source", "add", file.toString()));
        options.forEach((option, values) -> values.forEach(v -> args.addAll(List.of(option, v))));
        return Cli.run(args.toArray(String[]::new));
    }

    private Run validate() {
        return Cli.run(
                "validate",
                "--ontology",
                ontology.toString(),
                "--shapes",
                ontology.resolve("shapes.ttl").toString(),
                data.toString());
    }

    private DatasetGraph load() {
        DatasetGraph store = Stores.inMemory();
        new Loader(store, Validation.fromFile(ontology.resolve("shapes.ttl")), Inference.standard(), line -> {})
                .load(List.of(ontology, data));
        return store;
    }

    private void writeClaims(String file, String source, String... claims) throws IOException {
        StringBuilder trig = new StringBuilder("""
                @prefix parley:  <https://w3id.org/parley/ontology#> .
                @base            <https://w3id.org/parley/id/> .
                @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix prov:    <http://www.w3.org/ns/prov#> .

                <graph/test-claims/%s> {
                """.formatted(source));
        for (int i = 0; i + 1 < claims.length; i += 2) trig.append("""
                        <claim/%s> a parley:Claim ;
                            rdfs:label "A test claim"@en ;
                            parley:heldBy <actor/jane-roe> ;
                            parley:statedBy <actor/jane-roe> ;
                            parley:modality parley:reported ;
                            prov:wasDerivedFrom <source/%s> ;
                            parley:quote "%s" .
                    """.formatted(claims[i], source, claims[i + 1]));
        Files.createDirectories(data.resolve("test-claims"));
        Files.writeString(
                data.resolve("test-claims").resolve(file), trig.append("}\n").toString());
    }

    /** Every file under data/ with its bytes' digest: what a refusal must leave as it was. */
    private Set<String> dataFiles() throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> data.relativize(f) + " " + Sha256.of(readString(f)))
                    .collect(Collectors.toSet());
        }
    }

    private static String readString(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private static String object(DatasetGraph store, String subject, Node property) {
        return Txn.calculateRead(
                store,
                () -> store.find(Node.ANY, iri(subject), property, Node.ANY)
                        .next()
                        .getObject()
                        .getLiteralLexicalForm());
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(ID + path);
    }

    @Test
    void anHtmlSourceIsCopiedDescribedAndValidatesAndItsWordsAnchorInItsText() throws IOException {
        Path html = FIXTURES.resolve("talks.html");
        Run run = add(html, "https://example.org/news/talks-resume", "--type", "NewsArticle");
        assertEquals(0, run.exitCode(), run::toString);
        Path description = data.resolve("talks-resume-in-geneva/source.trig");
        assertTrue(run.out().contains("Wrote " + description), run::toString);
        assertTrue(run.out().contains("<actor/jane-roe> Jane Roe (new)"), run::toString);
        assertTrue(
                run.out().contains("<actor/jennifer-kavanagh> Jennifer Kavanagh (from data/article/source.trig)"),
                run::toString);
        assertTrue(run.out().contains("177 characters to quote from"), run::toString);
        assertTrue(run.out().contains("prov:wasDerivedFrom <" + ID + "source/talks-resume-in-geneva>"), run::toString);
        assertArrayEquals(Files.readAllBytes(html), Files.readAllBytes(data.resolve("sources/talks.html")));
        String trig = Files.readString(description);
        assertTrue(trig.contains("<graph/source/talks-resume-in-geneva> {"), trig);
        assertTrue(trig.contains("parley:textFile \"../sources/talks.html\""), trig);
        assertTrue(trig.contains("a schema:NewsArticle , schema:CreativeWork , prov:Entity"), trig);

        writeClaims(
                "geneva.trig",
                "talks-resume-in-geneva",
                "envoy-talks-resume",
                "the talks would resume on Monday & last a whole week",
                "observers-unsure",
                "Observers were not so sure.");
        Run valid = validate();
        assertEquals(0, valid.exitCode(), valid::toString);
        assertTrue(valid.out().contains("35 claims"), valid::toString);
        Run loaded = Cli.run(
                "load",
                "--store",
                tmp.resolve("store").toString(),
                "--shapes",
                ontology.resolve("shapes.ttl").toString(),
                ontology.toString(),
                data.toString());
        assertEquals(0, loaded.exitCode(), loaded::toString);

        DatasetGraph store = load();
        assertEquals("39", object(store, "claim/envoy-talks-resume#position", OA.start.asNode()));
        assertEquals("91", object(store, "claim/envoy-talks-resume#position", OA.end.asNode()));
        // After the dove, one code point but two Java chars: 150, not 151; and the 32 code points before it.
        assertEquals("150", object(store, "claim/observers-unsure#position", OA.start.asNode()));
        assertEquals("177", object(store, "claim/observers-unsure#position", OA.end.asNode()));
        assertEquals(
                "eed: “no deal before spring” 🕊.\n",
                object(store, "claim/observers-unsure#quote", OA.prefix.asNode()));
        assertEquals(TALKS, object(store, "text/talks-resume-in-geneva", Cnt.chars));

        Node graph = iri("graph/source/talks-resume-in-geneva");
        Node source = iri("source/talks-resume-in-geneva");
        Set<String> described = Txn.calculateRead(
                store,
                () -> Iter.toList(store.find(graph, Node.ANY, Node.ANY, Node.ANY)).stream()
                        .map(Quad::asTriple)
                        .map(t -> t.getSubject().getURI().substring(ID.length()) + " "
                                + t.getPredicate().getLocalName() + " "
                                + (t.getObject().isLiteral()
                                        ? t.getObject().getLiteralLexicalForm()
                                        : t.getObject().getURI()))
                        .collect(Collectors.toSet()));
        String s = "source/talks-resume-in-geneva ";
        for (String expected : List.of(
                s + "type https://schema.org/NewsArticle",
                s + "type https://schema.org/CreativeWork",
                s + "headline Talks resume in Geneva",
                s + "label Talks resume in Geneva",
                s + "author " + ID + "actor/jane-roe",
                s + "author " + ID + "actor/jennifer-kavanagh",
                s + "publisher " + ID + "organization/unherd",
                s + "datePublished 2026-02-01",
                s + "url https://example.org/news/talks-resume",
                s + "language en",
                "actor/jane-roe label Jane Roe",
                "text/talks-resume-in-geneva format https://www.iana.org/assignments/media-types/text/html",
                "text/talks-resume-in-geneva sha256 " + Sha256.of(Files.newInputStream(html))))
            assertTrue(described.contains(expected), () -> expected + " not in " + described);
        assertFalse(
                described.stream().anyMatch(t -> t.startsWith("actor/jennifer-kavanagh")),
                "an author already in data/ is not described again");
        Txn.executeRead(store, () -> {
            assertTrue(store.contains(
                    graph,
                    source,
                    SchemaDO.datePublished.asNode(),
                    NodeFactory.createLiteralDT("2026-02-01", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)));
            assertTrue(store.contains(graph, iri("text/talks-resume-in-geneva"), DCTerms.isFormatOf.asNode(), source));
            // DCTERMS' range for dcterms:format: the IANA media type, a dcterms:IMT, not a string.
            assertTrue(store.contains(
                    graph,
                    NodeFactory.createURI("https://www.iana.org/assignments/media-types/text/html"),
                    RDF.type.asNode(),
                    NodeFactory.createURI(DCTerms.NS + "IMT")));
            assertTrue(store.contains(graph, iri("actor/jane-roe"), RDF.type.asNode(), Parley.Person));
            assertTrue(store.contains(
                    graph, source, RDFS.label.asNode(), NodeFactory.createLiteralLang("Talks resume in Geneva", "en")));
        });
    }

    @Test
    void theSameUrlOrTheSameBytesAgainAreRefusedNamingTheDescriptionAndNothingIsWritten() throws IOException {
        Path html = FIXTURES.resolve("talks.html");
        assertEquals(0, add(html, "https://example.org/talks").exitCode());
        Set<String> before = dataFiles();
        String description = data.resolve("talks-resume-in-geneva/source.trig").toString();

        Run again = add(html, "https://example.org/talks");
        assertEquals(1, again.exitCode(), again::toString);
        assertEquals(
                "parley source add: https://example.org/talks is described already, in " + description
                        + "; add claims to that source instead",
                again.err().strip());

        Path copy = Files.copy(html, tmp.resolve("same-bytes.html"));
        Run sameText = add(copy, "https://example.org/elsewhere");
        assertEquals(1, sameText.exitCode(), sameText::toString);
        assertTrue(
                sameText.err().contains(copy + " has the same bytes as a text described already, in " + description),
                sameText::toString);

        Run theArticle = add(html, "https://unherd.com/newsroom/conceding-donetsk-wont-end-the-war-in-ukraine/");
        assertEquals(1, theArticle.exitCode(), theArticle::toString);
        assertTrue(
                theArticle.err().contains("described already, in " + data.resolve("article/source.trig")),
                theArticle::toString);
        assertEquals(before, dataFiles(), "a refused add wrote something");
    }

    @Test
    void badOptionValuesAreUsageErrorsAndWriteNothing() throws IOException {
        Path html = FIXTURES.resolve("talks.html");
        Set<String> before = dataFiles();
        List<List<String>> cases = List.of(
                List.of("--published", "2026-02-31", "--published must be a date such as 2026-01-28"),
                List.of("--published", "1 February 2026", "not '1 February 2026'"),
                List.of("--url", "ftp://example.org/x", "--url must be the http or https address"),
                List.of("--url", "https://example.org/a b", "--url must be the http or https address"),
                List.of("--lang", "english!", "--lang must be a BCP 47 language tag"),
                List.of("--type", "schema:Thing", "--type must be the name of a schema.org class"),
                List.of("--author", " ", "--author must not be empty"));
        for (List<String> bad : cases) {
            Run run = add(html, "https://example.org/talks", bad.get(0), bad.get(1));
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().contains(bad.get(2)), run::toString);
            assertTrue(run.err().contains("Usage: parley source add"), run::toString);
        }
        Run missing = Cli.run("source", "add", html.toString(), "--title", "T", "--data", data.toString());
        assertEquals(2, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("Missing required options"), missing::toString);
        Run noAction = Cli.run("source");
        assertEquals(2, noAction.exitCode(), noAction::toString);
        assertEquals(before, dataFiles());
    }

    @Test
    void aFileThatIsNotUtf8OrNotAnHtmlPageWithTextIsRefusedNamingItAndNothingIsWritten() throws IOException {
        Set<String> before = dataFiles();
        Path latin1 = tmp.resolve("latin1.txt");
        Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        Run notUtf8 = add(latin1, "https://example.org/latin1");
        assertEquals(1, notUtf8.exitCode(), notUtf8::toString);
        assertTrue(notUtf8.err().contains(latin1 + ":1:4: not valid UTF-8 (byte 3)"), notUtf8::toString);

        Path binary = tmp.resolve("binary.html");
        Files.write(binary, new byte[] {'<', 'p', '>', 0, 1, 2, 3});
        Run binaryHtml = add(binary, "https://example.org/binary");
        assertEquals(1, binaryHtml.exitCode(), binaryHtml::toString);
        assertTrue(binaryHtml.err().contains(binary + ":1:4: NUL character"), binaryHtml::toString);

        Path empty =
                Files.writeString(tmp.resolve("empty.html"), "<html><head><title>Only a title</title></head></html>");
        Run noText = add(empty, "https://example.org/empty");
        assertEquals(1, noText.exitCode(), noText::toString);
        assertTrue(noText.err().contains(empty + ": no text in this HTML"), noText::toString);

        Path pdf = Files.writeString(tmp.resolve("paper.pdf"), "%PDF-1.4");
        Run unknown = add(pdf, "https://example.org/pdf");
        assertEquals(1, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains(pdf + ": Parley reads sources named .txt"), unknown::toString);
        assertEquals(before, dataFiles());
    }

    @Test
    void aDifferentFileOfTheSameNameInSourcesIsNotOverwritten() throws IOException {
        Path taken = Files.writeString(data.resolve("sources/talks.html"), "<p>Another page.</p>");
        Set<String> before = dataFiles();
        Run run = add(FIXTURES.resolve("talks.html"), "https://example.org/talks");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains(taken + " exists and is a different file"), run::toString);
        assertEquals(before, dataFiles());
    }

    @Test
    void aMarkdownSourceIsItsFileAsItIsAndItsWordsAnchorThere() throws IOException {
        Path markdown = FIXTURES.resolve("notes.md");
        Run run = Cli.run(
                "source",
                "add",
                markdown.toString(),
                "--title",
                "Ceasefire notes",
                "--author",
                "Jane Roe",
                "--publisher",
                "Example Press",
                "--published",
                "2026-03-04T09:30:00Z",
                "--url",
                "https://example.org/notes",
                "--lang",
                "en-GB",
                "--data",
                data.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("<organization/example-press> Example Press (new)"), run::toString);
        assertTrue(run.out().contains("text/markdown"), run::toString);
        writeClaims(
                "notes.trig",
                "ceasefire-notes",
                "mediator-both-sides",
                "The mediator said *both sides* want a ceasefire before the winter — “not after”.");
        Run valid = validate();
        assertEquals(0, valid.exitCode(), valid::toString);

        DatasetGraph store = load();
        String text = Files.readString(markdown);
        assertEquals(text, object(store, "text/ceasefire-notes", Cnt.chars), "Markdown is not rendered");
        int at = text.indexOf("The mediator");
        assertEquals(
                String.valueOf(text.codePointCount(0, at)),
                object(store, "claim/mediator-both-sides#position", OA.start.asNode()));
        assertEquals("111", object(store, "claim/mediator-both-sides#position", OA.start.asNode()));
        assertEquals("2026-03-04T09:30:00Z", object(store, "source/ceasefire-notes", SchemaDO.datePublished.asNode()));
        assertEquals("en-GB", object(store, "source/ceasefire-notes", DCTerms.language.asNode()));
    }
}
