package org.w3id.parley.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.load.AnchorMove;
import org.w3id.parley.load.AnchorMove.Kind;
import org.w3id.parley.load.Inference;
import org.w3id.parley.load.LoadResult;
import org.w3id.parley.load.Loader;
import org.w3id.parley.load.ParseFailure;
import org.w3id.parley.load.Validation;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Cli;
import org.w3id.parley.testing.Cli.Run;
import org.w3id.parley.testing.Dumps;
import org.w3id.parley.testing.StoreFingerprint;

/**
 * The article's text edited after its quotes were anchored — a paragraph inserted, spacing and quotation marks
 * changed, a quoted sentence deleted — on a copy of ontology/ and data/: every quote is found again, or the load is
 * refused.
 */
class EditedArticleTest {
    private static final String ID = "https://w3id.org/parley/id/";
    private static final String VANCE =
            "As JD Vance put it in August 2025, “the Ukrainians want security guarantees, and the Russians want… territory.”";
    private static final String TRADE_OFF =
            "This trade-off remains at the centre of US efforts to mediate a peace deal.";

    /** Edits that change no word: straight quotation marks, a double space, line breaks inside quoted sentences. */
    private static final Map<String, String> RETYPESET = edits(
            VANCE,
            VANCE.replace('“', '"').replace('”', '"'),
            "Kyiv’s withdrawal from Donetsk",
            "Kyiv's withdrawal from Donetsk",
            "This trade-off remains",
            "This trade-off  remains",
            "ultimately fail, as it fundamentally",
            "ultimately fail,\nas it fundamentally",
            "Kavanagh is a senior fellow",
            "Kavanagh is a senior  fellow");

    @TempDir
    Path tmp;

    private Path ontology;
    private Path data;
    private Path article;
    private String original;

    /** Where one quote is, as the store holds it. */
    record Sel(long start, long end, String exact, String prefix, String suffix) {}

    @BeforeEach
    void copyTheArticle() throws IOException {
        ontology = copy(ProjectData.ONTOLOGY, tmp.resolve("ontology"));
        data = copy(ProjectData.DATA, tmp.resolve("data"));
        article = data.resolve("sources/article.txt");
        original = Files.readString(article);
    }

    @Test
    void aParagraphInsertedAtTheTopMovesEveryQuoteByItsLength() throws IOException {
        DatasetGraph store = Stores.inMemory();
        load(store);
        Map<String, Sel> before = anchors(store);
        assertEquals(35, before.size(), "33 claims and the two annotations of source.trig");
        String inserted = Files.readString(fixture("reanchor/inserted-paragraph.txt"));
        long shift = inserted.codePointCount(0, inserted.length());
        Files.writeString(article, inserted + original);

        LoadResult result = load(store);

        String text = inserted + original;
        Map<String, Sel> after = anchors(store);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((owner, old) -> {
            Sel now = after.get(owner);
            assertEquals(old.start() + shift, now.start(), owner);
            assertEquals(old.end() + shift, now.end(), owner);
            assertEquals(old.exact(), now.exact(), owner);
            assertEquals(old.suffix(), now.suffix(), owner);
            // a quote within 32 code points of the old start now has the inserted paragraph in its prefix
            if (old.start() >= 32) assertEquals(old.prefix(), now.prefix(), owner);
            else assertEquals(context(text, now.start() - 32, now.start()), now.prefix(), owner);
        });
        assertEquals(
                "For months, the Trump administ",
                after.get(ID + "claim/trump-administration-territory-for-guarantees-formula")
                        .exact()
                        .substring(0, 30));

        Map<String, AnchorMove> moves = byResource(result.reanchored());
        assertEquals(before.keySet(), moves.keySet(), "every quote is reported");
        moves.forEach((owner, move) -> {
            assertEquals(Kind.MOVED, move.kind(), owner);
            assertEquals(before.get(owner).start(), move.oldStart(), owner);
            assertEquals(move.oldStart() + shift, move.newStart(), owner);
            assertEquals(move.oldEnd() + shift, move.newEnd(), owner);
            assertEquals(owner.startsWith(ID + "annotation/"), move.written(), owner);
        });
        Sel trump = before.get(ID + "claim/trump-administration-territory-for-guarantees-formula");
        assertEquals(28, trump.start());
        assertTrue(
                moves.get(ID + "claim/trump-administration-territory-for-guarantees-formula")
                        .describe()
                        .endsWith(": re-anchored <" + ID
                                + "claim/trump-administration-territory-for-guarantees-formula>: moved [28, "
                                + trump.end() + ") -> [" + (28 + shift) + ", " + (trump.end() + shift)
                                + "), same words"),
                () -> moves.get(ID + "claim/trump-administration-territory-for-guarantees-formula")
                        .describe());
        assertTrue(moves.get(ID + "annotation/author-bio#annotation")
                .describe()
                .contains("the file still has the old selectors: update them"));
        assertTrue(result.summary().endsWith("; 35 quote(s) re-anchored"), result::summary);
    }

    @Test
    void changedSpacingAndQuotationMarksReanchorApproximatelyToTheTextsWords() throws IOException {
        DatasetGraph store = Stores.inMemory();
        load(store);
        Map<String, Sel> before = anchors(store);
        String text = retypeset(original);
        Files.writeString(article, text);

        LoadResult result = load(store);

        Map<String, Sel> after = anchors(store);
        Map<String, AnchorMove> moves = byResource(result.reanchored());
        Set<String> approximate = moves.values().stream()
                .filter(m -> m.kind() == Kind.APPROXIMATE)
                .map(AnchorMove::resource)
                .collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        ID + "claim/vance-ukrainians-want-guarantees-russians-want-territory",
                        ID + "claim/washington-makes-security-commitments-contingent-on-withdrawal",
                        ID + "claim/washington-believes-contingency-could-secure-peace-deal",
                        ID + "claim/trade-off-central-to-us-mediation",
                        ID + "claim/framework-will-fail",
                        ID + "annotation/author-bio#annotation"),
                approximate);
        before.forEach((owner, old) -> {
            Sel now = after.get(owner);
            String words = retypeset(old.exact());
            assertEquals(words, now.exact(), owner);
            assertEquals(words, context(text, now.start(), now.end()), owner + ": the stored words are the text's");
            assertEquals(context(text, now.start() - 32, now.start()), now.prefix(), owner);
            assertEquals(context(text, now.end(), now.end() + 32), now.suffix(), owner);
            if (approximate.contains(owner)) {
                assertNotEquals(old.exact(), now.exact(), owner);
                assertEquals(now.exact(), moves.get(owner).newWords(), owner);
                assertEquals(old.exact(), moves.get(owner).oldWords(), owner);
            } else if (old.start() != now.start())
                assertEquals(Kind.MOVED, moves.get(owner).kind(), owner);
            else assertFalse(moves.containsKey(owner), owner + " did not move");
        });
        // After the double space, one code point later; before it, where they were.
        assertEquals(
                before.get(ID + "claim/russia-war-not-primarily-about-territory")
                                .start()
                        + 1,
                after.get(ID + "claim/russia-war-not-primarily-about-territory").start());
        assertFalse(moves.containsKey(ID + "claim/trump-administration-territory-for-guarantees-formula"));
        Sel vance = after.get(ID + "claim/vance-ukrainians-want-guarantees-russians-want-territory");
        assertEquals(200, vance.start());
        assertEquals(
                "As JD Vance put it in August 2025, \"the Ukrainians want security guarantees, and the Russians want… territory.\"",
                vance.exact());
        assertTrue(
                moves.get(ID + "claim/vance-ukrainians-want-guarantees-russians-want-territory")
                        .describe()
                        .contains("approximate [200, 311) -> [200, 311), now \"As JD Vance put it in August 2025,"
                                + " \"the Ukrainians"),
                () -> moves.get(ID + "claim/vance-ukrainians-want-guarantees-russians-want-territory")
                        .describe());
        assertEquals(
                "This trade-off  remains at the centre of US efforts to mediate a peace deal.",
                after.get(ID + "claim/trade-off-central-to-us-mediation").exact());
        assertTrue(after.get(ID + "claim/framework-will-fail").exact().contains("fail,\nas it"));
        assertTrue(moves.get(ID + "annotation/author-bio#annotation").written());
        assertFalse(moves.containsKey(ID + "annotation/dateline#annotation"), "the dateline is where it was");
    }

    @Test
    void onlyAStoreThatAnchoredTheWordsBeforeFindsThemApproximately() throws IOException {
        Files.writeString(article, retypeset(original));
        ParseFailure refused = assertThrows(ParseFailure.class, () -> load(Stores.inMemory()));
        assertEquals(data.resolve("article/claims.trig"), refused.file());
        assertEquals(lineOf("<claim/vance-ukrainians-want-guarantees-russians-want-territory> a"), refused.line());
        assertTrue(refused.getMessage().contains("are not in the text"), refused::getMessage);

        DatasetGraph store = Stores.inMemory();
        Files.writeString(article, original);
        load(store);
        Files.writeString(article, retypeset(original));
        assertEquals(6, approximateMoves(load(store)), "the store's anchoring is where the words were");
        // The text is now as the store has it: words that still miss it were not outdated by an edit, they are
        // wrong, and could be a typo; they are refused until they are updated, and the store keeps what it had.
        String named = StoreFingerprint.of(store);
        ParseFailure stale = assertThrows(ParseFailure.class, () -> load(store));
        assertEquals(lineOf("<claim/vance-ukrainians-want-guarantees-russians-want-territory> a"), stale.line());
        assertTrue(
                stale.getMessage()
                        .contains("the text is as the last load stored it, so the words must be as it has them"),
                stale::getMessage);
        assertEquals(named, StoreFingerprint.of(store));
    }

    @Test
    void deletingAQuotedSentenceRefusesTheReloadAtTheClaimAndTheStoreKeepsWhatItHad() throws IOException {
        DatasetGraph store = Stores.inMemory();
        load(store);
        String named = StoreFingerprint.of(store);
        String manifest = StoreFingerprint.ofManifest(store);
        assertTrue(original.contains(TRADE_OFF));
        Files.writeString(article, original.replace(TRADE_OFF, ""));

        ParseFailure refused = assertThrows(ParseFailure.class, () -> load(store));

        assertEquals(data.resolve("article/claims.trig"), refused.file());
        assertEquals(lineOf("<claim/trade-off-central-to-us-mediation> a parley:Claim"), refused.line());
        assertEquals(5, refused.column());
        assertTrue(refused.getMessage().contains("<" + ID + "claim/trade-off-central-to-us-mediation>"));
        assertTrue(refused.getMessage().contains("\"" + TRADE_OFF + "\" are not in the text"), refused::getMessage);
        assertTrue(
                refused.getMessage()
                        .contains("nor anything within 7 edits of them (10% of their length) near code point 312"),
                refused::getMessage);
        assertEquals(named, StoreFingerprint.of(store));
        assertEquals(manifest, StoreFingerprint.ofManifest(store));
    }

    @Test
    void theCommandLineReportsEachReanchoredQuoteAndRefusesALostOneWithExitOne() throws IOException {
        Path store = tmp.resolve("store");
        assertEquals(0, cli("load", "--store", store.toString()).exitCode());
        Files.writeString(article, retypeset(original));

        Run reload = cli("load", "--store", store.toString());

        assertEquals(0, reload.exitCode(), reload::toString);
        assertTrue(
                reload.err()
                        .contains(data.resolve("article/claims.trig") + ":"
                                + lineOf("<claim/trade-off-central-to-us-mediation> a parley:Claim")
                                + ":5: re-anchored <" + ID + "claim/trade-off-central-to-us-mediation>: approximate"
                                + " [312, 387) -> [312, 388), now \"This trade-off  remains at the centre of US efforts"
                                + " to mediate a peace deal.\" where it was \"" + TRADE_OFF
                                + "\"; stored re-anchored: update parley:quote to the new words"),
                reload::toString);
        assertTrue(
                reload.err()
                        .contains(": re-anchored <" + ID
                                + "claim/russia-war-not-primarily-about-territory>: moved [1000, 1066) -> [1001, 1067),"
                                + " same words\n"),
                reload::toString);
        assertTrue(reload.out().contains("quote(s) re-anchored"), reload::toString);

        List<String> quads = Dumps.allQuads(store);
        Files.writeString(
                article, retypeset(original).replace("This trade-off  remains at the centre of US efforts", ""));
        Run refused = cli("load", "--store", store.toString());
        assertEquals(1, refused.exitCode(), refused::toString);
        assertTrue(
                refused.err()
                        .contains(data.resolve("article/claims.trig") + ":"
                                + lineOf("<claim/trade-off-central-to-us-mediation> a parley:Claim") + ":5: "),
                refused::toString);
        assertEquals(quads, Dumps.allQuads(store), "the refused load left the store as it was");
    }

    @Test
    void handWrittenSelectorsAreReanchoredByAReloadIntoTheStoreThatHeldThemAndRefusedByValidate() throws IOException {
        Path store = tmp.resolve("store");
        assertEquals(0, cli("load", "--store", store.toString()).exitCode());
        Files.writeString(article, original.replace("Kavanagh is a senior fellow", "Kavanagh is a senior  fellow"));

        // validate loads into a scratch store: the selectors were never anchored there, so they are just wrong
        Run validate = cli("validate", "--ontology", ontology.toString());
        assertEquals(1, validate.exitCode(), validate::toString);
        assertTrue(validate.err().contains("focus node <" + ID + "annotation/author-bio#target>"), validate::toString);
        assertTrue(validate.err().contains("The quote selectors disagree with the source text"), validate::toString);

        Run reload = cli("load", "--store", store.toString());
        assertEquals(0, reload.exitCode(), reload::toString);
        assertTrue(
                reload.err()
                        .contains(data.resolve("article/source.trig") + ":49:5: re-anchored <" + ID
                                + "annotation/author-bio#annotation>: approximate [3809, 3902) -> [3809, 3903), now"
                                + " \"Jennifer Kavanagh is a senior  fellow and director\u00a0of military analysis at"
                                + " Defense Priorities.\""),
                reload::toString);
        assertTrue(reload.err().contains("the file still has the old selectors: update them"), reload::toString);
        assertTrue(reload.out().contains("1 quote(s) re-anchored"), reload::toString);
        assertTrue(Dumps.allQuads(store).stream()
                .anyMatch(q -> q.contains("author-bio#position> <http://www.w3.org/ns/oa#end> \"3903\"")));
    }

    @Test
    void handWrittenSelectorsWhoseWordsAreGoneRefuseTheLoadAtTheirTarget() throws IOException {
        String bio =
                "Jennifer Kavanagh is a senior fellow and director\u00a0of military analysis at Defense Priorities.";
        assertTrue(original.contains(bio));
        DatasetGraph store = Stores.inMemory();
        load(store);
        String named = StoreFingerprint.of(store);
        Files.writeString(article, original.replace(bio, "Jennifer Kavanagh writes on foreign policy."));
        ParseFailure refused = assertThrows(ParseFailure.class, () -> load(store));
        assertEquals(data.resolve("article/source.trig"), refused.file());
        assertEquals(49, refused.line(), refused::getMessage);
        assertEquals(5, refused.column(), refused::getMessage);
        assertTrue(
                refused.getMessage()
                        .contains("<" + ID + "annotation/author-bio#annotation>: its selectors no longer"
                                + " agree with the text <" + ID + "text/conceding-donetsk>, and the words \"" + bio
                                + "\" are not in the text"),
                refused::getMessage);
        assertTrue(refused.getMessage().contains("nor anything within 9 edits of them"), refused::getMessage);
        assertEquals(named, StoreFingerprint.of(store));
    }

    @Test
    void aClaimWhoseSourceIsNotDescribedIsRefusedAtTheClaim() throws IOException {
        DatasetGraph store = Stores.inMemory();
        load(store);
        String named = StoreFingerprint.of(store);
        editClaims(c -> c.replaceFirst(
                "prov:wasDerivedFrom <article/conceding-donetsk>", "prov:wasDerivedFrom <article/not-described>"));
        ParseFailure refused = assertThrows(ParseFailure.class, () -> load(store));
        assertEquals(data.resolve("article/claims.trig"), refused.file());
        assertEquals(lineOf("<claim/trump-administration-territory-for-guarantees-formula> a"), refused.line());
        assertEquals(5, refused.column());
        assertTrue(
                refused.getMessage()
                        .contains("its source [" + ID + "article/not-described] is not described with a text"),
                refused::getMessage);
        assertEquals(named, StoreFingerprint.of(store));
    }

    @Test
    void aQuoteTakenFromTwoSourcesIsRefusedAtTheClaim() throws IOException {
        Files.copy(fixture("reanchor/second-source.txt"), data.resolve("sources/second-source.txt"));
        Path source = data.resolve("article/source.trig");
        String described = Files.readString(source);
        Files.writeString(source, described.substring(0, described.lastIndexOf('}')) + """
                    <article/second-source> a schema:Article , prov:Entity ;
                        rdfs:label "A second source, a test fixture"@en ;
                        schema:headline "A second source" .
                    <text/second-source> a cnt:ContentAsText , prov:Entity ;
                        dcterms:isFormatOf <article/second-source> ;
                        dcterms:format "text/plain" ;
                        parley:textFile "../sources/second-source.txt" .
                }
                """);
        editClaims(c -> c.replaceFirst(
                "prov:wasDerivedFrom <article/conceding-donetsk>",
                "prov:wasDerivedFrom <article/conceding-donetsk> , <article/second-source>"));
        ParseFailure refused = assertThrows(ParseFailure.class, () -> load(Stores.inMemory()));
        assertEquals(lineOf("<claim/trump-administration-territory-for-guarantees-formula> a"), refused.line());
        assertTrue(refused.getMessage().contains("its sources have 2 texts"), refused::getMessage);
        assertTrue(refused.getMessage().contains("a quote is taken from one text"), refused::getMessage);
    }

    private static Map<String, String> edits(String... pairs) {
        Map<String, String> edits = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) edits.put(pairs[i], pairs[i + 1]);
        return edits;
    }

    private static String retypeset(String text) {
        String edited = text;
        for (Map.Entry<String, String> edit : RETYPESET.entrySet())
            edited = edited.replace(edit.getKey(), edit.getValue());
        return edited;
    }

    private static long approximateMoves(LoadResult result) {
        return result.reanchored().stream()
                .filter(m -> m.kind() == Kind.APPROXIMATE)
                .count();
    }

    private static Map<String, AnchorMove> byResource(List<AnchorMove> moves) {
        Map<String, AnchorMove> byResource =
                moves.stream().collect(Collectors.toMap(AnchorMove::resource, Function.identity()));
        assertEquals(moves.size(), byResource.size(), "one report per quote");
        return byResource;
    }

    /** The text between two code points, clipped to the text. */
    private static String context(String text, long from, long to) {
        int length = text.codePointCount(0, text.length());
        return text.substring(text.offsetByCodePoints(0, (int) Math.max(0, from)), text.offsetByCodePoints(0, (int)
                Math.min(length, to)));
    }

    private long lineOf(String mention) throws IOException {
        String claims = Files.readString(data.resolve("article/claims.trig"));
        assertTrue(claims.contains(mention), mention);
        return 1
                + claims.substring(0, claims.indexOf(mention))
                        .chars()
                        .filter(c -> c == '\n')
                        .count();
    }

    private void editClaims(UnaryOperator<String> edit) throws IOException {
        Path claims = data.resolve("article/claims.trig");
        String before = Files.readString(claims);
        String after = edit.apply(before);
        assertNotEquals(before, after, "the edit did not apply");
        Files.writeString(claims, after);
    }

    private Run cli(String command, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of(command));
        args.addAll(List.of(options));
        args.addAll(List.of("--shapes", ontology.resolve("shapes.ttl").toString()));
        if (command.equals("load")) args.add(ontology.toString());
        args.add(data.toString());
        return Cli.run(args.toArray(String[]::new));
    }

    private LoadResult load(DatasetGraph store) {
        return new Loader(store, Validation.fromFile(ontology.resolve("shapes.ttl")), Inference.standard(), line -> {})
                .load(List.of(ontology, data));
    }

    /** Each quote's selectors, by the claim, or else the annotation, it belongs to. */
    private static Map<String, Sel> anchors(DatasetGraph store) {
        return Txn.calculateRead(store, () -> {
            Map<String, Sel> anchors = new TreeMap<>();
            QueryExec.dataset(store)
                    .query(QueryFactory.create(ProjectData.PREFIXES + """
                            SELECT ?owner ?exact ?prefix ?suffix ?start ?end WHERE {
                              { ?owner parley:hasQuote ?t }
                              UNION { ?owner oa:hasTarget ?t FILTER NOT EXISTS { ?claim parley:hasQuote ?t } }
                              ?t oa:hasSelector ?q, ?p .
                              ?q a oa:TextQuoteSelector ; oa:exact ?exact .
                              ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                              OPTIONAL { ?q oa:prefix ?prefix } OPTIONAL { ?q oa:suffix ?suffix }
                            }"""))
                    .select()
                    .forEachRemaining(b -> {
                        Sel sel = new Sel(
                                Long.parseLong(b.get("start").getLiteralLexicalForm()),
                                Long.parseLong(b.get("end").getLiteralLexicalForm()),
                                b.get("exact").getLiteralLexicalForm(),
                                b.contains("prefix") ? b.get("prefix").getLiteralLexicalForm() : "",
                                b.contains("suffix") ? b.get("suffix").getLiteralLexicalForm() : "");
                        assertEquals(null, anchors.put(b.get("owner").getURI(), sel), "one anchoring per quote");
                    });
            return anchors;
        });
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(target);
                else Files.copy(file, target);
            }
        }
        return to;
    }
}
