package org.w3id.parley.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.parley.load.Inference;
import org.w3id.parley.load.Loader;
import org.w3id.parley.load.Validation;
import org.w3id.parley.query.NamedQueries;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.query.ResultFormat;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Cli;
import org.w3id.parley.testing.Cli.Run;

/** The negotiation analyses return the article's answers, and every row shows the words it rests on. */
class AnalysesTest {
    private static final String ID = ProjectData.ID;
    private static final String WITHDRAWAL = "<" + ID + "concession/withdrawal-from-donetsk>";

    private static List<Binding> run(DatasetGraph store, String name, Map<String, String> params) {
        QueryRunner runner = QueryRunner.local(store);
        return runner.select(runner.bind(QueryRunner.parse(NamedQueries.all().get(name)), params));
    }

    private static List<Binding> run(String name, Map<String, String> params) {
        return run(ProjectData.store(), name, params);
    }

    private static String text(Binding row, String var) {
        Node node = row.get(var);
        if (node == null) return "-";
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.getURI().replace(ID, "");
    }

    private static Set<String> column(List<Binding> rows, String var) {
        return rows.stream().map(r -> text(r, var)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> words(String spaceSeparated) {
        return new TreeSet<>(Arrays.asList(spaceSeparated.replace(ID, "").split(" ")));
    }

    static List<String> analyses() {
        return new ArrayList<>(NamedQueries.all().keySet());
    }

    /**
     * Analyses with nothing to find in the article alone: shifts needs a stance that turns between two times or
     * sources, and the article has one source and one dated claim (PositionsOverTimeTest checks it on a second source).
     */
    private static final Set<String> EMPTY_OVER_THE_ARTICLE = Set.of("shifts");

    @ParameterizedTest
    @MethodSource("analyses")
    void everyRowCarriesEvidenceQuotingTheArticleExactly(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.local(ProjectData.store())
                .run(QueryRunner.parse(NamedQueries.all().get(name)), Map.of(), ResultFormat.JSON, true, out);
        JsonObject json = JSON.parse(out.toString(StandardCharsets.UTF_8));
        JsonArray rows = json.get("results").getAsObject().get("bindings").getAsArray();
        JsonArray evidence = json.get("evidence").getAsArray();
        if (EMPTY_OVER_THE_ARTICLE.contains(name)) {
            assertTrue(rows.isEmpty(), name + " answers something over the article: update EMPTY_OVER_THE_ARTICLE");
            return;
        }
        assertFalse(rows.isEmpty(), name + " answers nothing over the article");
        assertEquals(rows.size(), evidence.size());
        String text = ProjectData.articleText();
        for (int i = 0; i < rows.size(); i++) {
            JsonArray entries = evidence.get(i).getAsArray();
            assertFalse(entries.isEmpty(), name + " row " + i + " has no evidence: " + rows.get(i));
            for (JsonValue entry : entries) {
                JsonObject e = entry.getAsObject();
                int start = e.get("start").getAsNumber().value().intValue();
                int end = e.get("end").getAsNumber().value().intValue();
                assertEquals(text.substring(start, end), e.getString("quote"), e::toString);
                assertFalse(e.getString("speakerLabel").isEmpty(), e::toString);
                assertFalse(e.getString("modalityLabel").isEmpty(), e::toString);
            }
        }
    }

    @Test
    void chainsFromTheWithdrawalRunThroughTheStartOfNegotiationsPerHolder() {
        List<Binding> rows = run("chains", Map.of("item", WITHDRAWAL));
        assertEquals(Set.of("unlocks"), column(rows, "direction"));
        assertEquals(
                Set.of(
                        "start of negotiations",
                        "later round of negotiations on other topics",
                        "future US security commitments"),
                column(rows, "toLabel"));
        Binding later = rows.stream()
                .filter(r -> text(r, "toLabel").startsWith("later round"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "Ukrainian withdrawal from Donetsk → start of negotiations → later round of negotiations on other topics",
                text(later, "path"));
        assertTrue(text(later, "holders").contains("senior Russian officials"), later::toString);
        assertTrue(text(later, "holders").contains("Moscow"), later::toString);
        assertEquals(
                Set.of(
                        "claim/russian-officials-withdrawal-precondition-for-negotiations",
                        "claim/moscow-hopes-negotiations-move-on-to-other-topics",
                        "claim/donetsk-concession-precondition-for-outlining-true-causes"),
                words(text(later, "claims")));
    }

    @Test
    void theUsSequenceCollidesWithUkrainesRedLine() {
        List<Binding> rows = run("deadlocks", Map.of());
        assertEquals(1, rows.size(), rows::toString);
        Binding row = rows.get(0);
        assertEquals("refused sequence", text(row, "kind"));
        assertEquals("actor/washington", text(row, "requirer"));
        assertEquals("actor/ukraines-leaders", text(row, "refuser"));
        assertEquals("sequence/land-first-guarantees-later", text(row, "sequence"));
        assertEquals(
                "claim/washington-makes-security-commitments-contingent-on-withdrawal", text(row, "requirerClaim"));
        assertEquals("claim/ukraines-leaders-cannot-accept-land-first-promises-later", text(row, "refuserClaim"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.local(ProjectData.store())
                .run(QueryRunner.parse(NamedQueries.all().get("deadlocks")), Map.of(), ResultFormat.JSON, false, out);
        JsonArray evidence = JSON.parse(out.toString(StandardCharsets.UTF_8))
                .get("evidence")
                .getAsArray()
                .get(0)
                .getAsArray();
        assertEquals(
                List.of(
                        "Washington, stated by Jennifer Kavanagh (reported): In recent rounds of talks with the Ukrainian delegation, Washington has reportedly continued to make future US security commitments contingent on Kyiv’s withdrawal from Donetsk",
                        "Jennifer Kavanagh, stated by Jennifer Kavanagh (asserted): Understanding this, Ukraine’s leaders can never accept a “territory for security guarantees” bargain, especially one which requires them to give up the land first and receive security promises later."),
                evidence.stream()
                        .map(JsonValue::getAsObject)
                        // whose position (the holder) and who says so in the article (the stater): the author
                        // reports what Washington does, and states the red line in her own voice
                        .map(e -> e.getString("holderLabel") + ", stated by " + e.getString("speakerLabel") + " ("
                                + e.getString("modalityLabel") + "): "
                                + e.getString("quote"))
                        .toList());
    }

    @Test
    void theCommandLineAddsAnEvidenceColumnOnRequest() {
        String store = Article.tdbStore().toString(); // loaded once by `parley load ontology data`, which must exit 0
        Run plain = Cli.run("query", "--store", store, "--format", "csv", "red-line-conflicts");
        assertFalse(plain.out().lines().findFirst().orElseThrow().contains("evidence"), plain::toString);
        Run withEvidence = Cli.run("query", "--store", store, "--format", "csv", "--evidence", "red-line-conflicts");
        assertEquals(0, withEvidence.exitCode(), withEvidence::toString);
        assertTrue(withEvidence.out().lines().findFirst().orElseThrow().endsWith(",evidence"), withEvidence::toString);
        assertTrue(
                withEvidence
                        .out()
                        .contains(
                                "senior Russian officials (reported): “Senior Russian officials have repeatedly made clear that Ukraine’s withdrawal from Donetsk is a precondition for starting negotiations"),
                withEvidence::toString);
    }

    private static DatasetGraph synthetic(String fixture) {
        DatasetGraph store = Stores.inMemory();
        new Loader(store, Validation.none(), Inference.standard(), line -> {})
                .load(List.of(ProjectData.ONTOLOGY.resolve("parley.ttl"), fixture("analysis/" + fixture)));
        return store;
    }

    @Test
    void aThreePartyCycleIsFoundExactly() {
        List<Binding> rows = run(synthetic("three-party-cycle.trig"), "deadlocks", Map.of());
        assertEquals(1, rows.size(), rows::toString);
        Binding cycle = rows.get(0);
        assertEquals("precondition cycle", text(cycle, "kind"));
        assertEquals("http://example.org/x", text(cycle, "cycle"));
        assertEquals(
                Set.of("http://example.org/claim-a", "http://example.org/claim-b", "http://example.org/claim-c"),
                words(text(cycle, "claims")));
        String links = text(cycle, "links");
        assertEquals(3, links.split(" \\| ").length, links);
        assertTrue(
                links.contains("(A: http://example.org/claim-a)")
                        && links.contains("(B: http://example.org/claim-b)")
                        && links.contains("(C: http://example.org/claim-c)"),
                links);
    }

    @Test
    void aGraphWithoutConflictHasNoDeadlock() {
        assertEquals(List.of(), run(synthetic("no-conflict.trig"), "deadlocks", Map.of()));
    }

    @Test
    void demandsThatCrossUkrainesRedLines() {
        List<Binding> rows = run("red-line-conflicts", Map.of());
        Set<String> conflicts = rows.stream()
                .map(r -> text(r, "demanderLabel") + " / " + text(r, "itemLabel") + " / " + text(r, "refuserLabel")
                        + " / " + text(r, "refusedLabel"))
                .collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "senior Russian officials / Ukrainian withdrawal from Donetsk / Ukraine's leaders / give up the land first, receive security promises later",
                        "Trump administration / concession of territory / Ukraine's leaders / territory for security guarantees"),
                conflicts);
        for (Binding row : rows) {
            assertFalse(text(row, "demandClaim").equals("-"), row::toString);
            assertFalse(text(row, "refusalClaim").equals("-"), row::toString);
        }
    }

    @Test
    void sanctionsReliefAndNormalisedTiesAreUsOnlyLeverageOverRussia() {
        List<Binding> rows = run("leverage", Map.of("wanter", "<" + ID + "actor/russia>"));
        assertEquals(Set.of("normalised ties", "sanctions relief"), column(rows, "itemLabel"));
        assertEquals(Set.of("United States"), column(rows, "providerLabel"));
        assertEquals(Set.of("Ukraine"), column(rows, "nonProviderLabel"));
    }

    @Test
    void putinWantsToAvoidNewPenaltiesFromTrump() {
        List<Binding> rows = run("incentives", Map.of("actor", "<" + ID + "actor/vladimir-putin>"));
        assertEquals(1, rows.size(), rows::toString);
        assertEquals("new penalties on Russia", text(rows.get(0), "avoidedLabel"));
        assertEquals("Donald Trump", text(rows.get(0), "imposedBy"));
        assertEquals("claim/putin-hopes-to-avoid-new-penalties", text(rows.get(0), "claim"));
    }

    @Test
    void whatIfUkraineWithdrewFromDonetsk() {
        List<Binding> rows = run("what-if", Map.of("concession", WITHDRAWAL));
        Set<String> unlocked = rows.stream()
                .filter(r -> text(r, "effect").equals("unlocks"))
                .map(r -> text(r, "itemLabel"))
                .collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "start of negotiations",
                        "later round of negotiations on other topics",
                        "future US security commitments"),
                unlocked);
        String topics = rows.stream()
                .filter(r -> text(r, "itemLabel").startsWith("later round"))
                .map(r -> text(r, "topics"))
                .findFirst()
                .orElseThrow();
        for (String topic : List.of(
                "size of Ukraine's military",
                "Ukraine's non-aligned status with Nato",
                "Ukraine's ties to Europe",
                "protection of the Russian language")) assertTrue(topics.contains(topic), topics);
        List<Binding> redLines = rows.stream()
                .filter(r -> text(r, "effect").equals("touches red line"))
                .toList();
        assertEquals(1, redLines.size(), rows::toString);
        assertEquals("Ukraine's leaders", text(redLines.get(0), "refuserLabel"));
        assertEquals("sequence/land-first-guarantees-later", text(redLines.get(0), "item"));
        assertTrue(rows.stream().noneMatch(r -> text(r, "effect").equals("still blocked")), rows::toString);
    }

    @Test
    void theSourceViewOfTheUnitedStatesFiltersByModality() {
        List<Binding> all = run("source-view", Map.of("actor", "<" + ID + "actor/united-states>"));
        // the Trump administration's formula is held and stated by it; Washington's contingency and belief are held
        // by Washington but stated by the author, who reports them; the guarantees "offered by the US or Europe" name
        // no offerer, so that claim is not about the United States
        assertEquals(7, all.size(), all::toString);
        assertEquals(Set.of("held by", "stated by", "about"), column(all, "role"));
        assertEquals(
                Set.of(
                        "claim/trump-administration-territory-for-guarantees-formula",
                        "claim/washington-makes-security-commitments-contingent-on-withdrawal",
                        "claim/washington-believes-contingency-could-secure-peace-deal"),
                column(
                        all.stream()
                                .filter(r -> text(r, "role").equals("held by"))
                                .toList(),
                        "claim"));
        assertEquals(
                Set.of("claim/trump-administration-territory-for-guarantees-formula"),
                column(
                        all.stream()
                                .filter(r -> text(r, "role").equals("stated by"))
                                .toList(),
                        "claim"));
        List<Binding> reported =
                run("source-view", Map.of("actor", "<" + ID + "actor/united-states>", "modality", "parley:reported"));
        assertEquals(Set.of("reported"), column(reported, "modalityLabel"));
        assertTrue(reported.size() < all.size());
        assertTrue(column(reported, "claim")
                .contains("claim/washington-makes-security-commitments-contingent-on-withdrawal"));
    }
}
