package org.w3id.parley.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.w3id.parley.load.Inference;
import org.w3id.parley.load.Loader;
import org.w3id.parley.load.Validation;
import org.w3id.parley.query.NamedQueries;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.store.Stores;

/**
 * When positions were held (a claim's own date or words, else its source's date) and the analyses over time:
 * position-history, shifts and disagreements, on the article and on the article with a later, made-up source
 * ({@code fixtures/positions}) in which some stances turn.
 */
class PositionsOverTimeTest {
    private static final String ID = ProjectData.ID;
    private static final String FX = "http://example.org/parley-fixture/";
    private static final String UKRAINES_LEADERS = "<" + ID + "actor/ukraines-leaders>";
    private static final String BARGAIN = "<" + ID + "proposal/territory-for-security-guarantees>";

    /** The article and the fixture's later report, validated and inferred as {@code parley load} does. */
    private static DatasetGraph withLaterReport;

    private static synchronized DatasetGraph withLaterReport() {
        if (withLaterReport == null) {
            DatasetGraph store = Stores.inMemory();
            new Loader(store, Validation.fromFile(ProjectData.SHAPES), Inference.standard(), line -> {})
                    .load(List.of(ProjectData.ONTOLOGY, ProjectData.DATA, fixture("positions")));
            withLaterReport = store;
        }
        return withLaterReport;
    }

    private static List<Binding> run(DatasetGraph store, String name, Map<String, String> params) {
        QueryRunner runner = QueryRunner.local(store);
        return runner.select(runner.bind(QueryRunner.parse(NamedQueries.all().get(name)), params));
    }

    private static String text(Binding row, String var) {
        Node node = row.get(var);
        if (node == null) return "-";
        return node.isLiteral()
                ? node.getLiteralLexicalForm()
                : node.getURI().replace(ID, "").replace(FX, "fx:");
    }

    private static List<String> rows(List<Binding> rows, String... vars) {
        return rows.stream()
                .map(r -> String.join(
                        " | ",
                        java.util.Arrays.stream(vars).map(v -> text(r, v)).toList()))
                .toList();
    }

    @Test
    void theArticleTimesExactlyTheClaimsWhoseWordsSayWhen() {
        List<Binding> timed = ProjectData.select("""
                SELECT ?claim ?date ?description ?exact WHERE {
                  ?claim a parley:Claim ; parley:hasQuote/oa:hasSelector/oa:exact ?exact .
                  OPTIONAL { ?claim dcterms:date ?date }
                  OPTIONAL { ?claim parley:timeDescription ?description }
                  FILTER (BOUND(?date) || BOUND(?description))
                } ORDER BY ?claim""");
        assertEquals(
                List.of(
                        "claim/trump-administration-territory-for-guarantees-formula | - | For months",
                        "claim/vance-ukrainians-want-guarantees-russians-want-territory | 2025-08 | -",
                        "claim/washington-makes-security-commitments-contingent-on-withdrawal | - | In recent rounds of talks"),
                rows(timed, "claim", "date", "description"));
        for (Binding claim : timed) {
            // The time is the claim's own words: a description is quoted verbatim, a date is the quote's "August 2025".
            String exact = text(claim, "exact");
            if (claim.contains("description")) assertTrue(exact.startsWith(text(claim, "description")), exact);
            else assertTrue(exact.contains("in August 2025"), exact);
        }
        assertEquals(
                "http://www.w3.org/2001/XMLSchema#gYearMonth",
                timed.get(1).get("date").getLiteralDatatypeURI());
        assertEquals("en", timed.get(0).get("description").getLiteralLanguage());
    }

    @Test
    void ukrainesHistoryStartsWithVancesAugust2025AndFallsBackToTheArticlesDate() {
        List<Binding> history =
                run(ProjectData.store(), "position-history", Map.of("actor", "<" + ID + "actor/ukraine>"));
        assertEquals(
                List.of(
                        "wants | guarantee/security-guarantees | 2025-08 | the claim's date | claim/vance-ukrainians-want-guarantees-russians-want-territory",
                        "concedes (or would) | concession/withdrawal-from-donetsk | 2026-01-28T12:10:00 | the source's date | claim/russian-officials-withdrawal-precondition-for-negotiations",
                        "concedes (or would) | concession/withdrawal-from-donetsk | 2026-01-28T12:10:00 | the source's date | claim/territorial-concession-would-not-end-conflict"),
                rows(history, "stance", "item", "time", "timeFrom", "claim"));
        assertEquals("JD Vance", text(history.get(0), "speakerLabel"));
        assertEquals("quoted", text(history.get(0), "modalityLabel"));
        assertEquals("article/conceding-donetsk", text(history.get(0), "source"));
        assertTrue(text(history.get(0), "quote").startsWith("As JD Vance put it in August 2025"));
    }

    @Test
    void theTrumpAdministrationsFormulaIsTimedByItsOwnWordsForMonths() {
        List<Binding> history =
                run(ProjectData.store(), "position-history", Map.of("actor", "<" + ID + "actor/trump-administration>"));
        assertEquals(
                Set.of(
                        "demands | concession/territory | For months",
                        "proposes | proposal/territory-for-security-guarantees | For months",
                        "prioritises | topic/root-causes-of-the-war | -"),
                new TreeSet<>(rows(history, "stance", "item", "timeDescription")));
        assertEquals(
                Set.of("2026-01-28T12:10:00"),
                history.stream().map(r -> text(r, "time")).collect(Collectors.toSet()));
    }

    @Test
    void aPositionHistoryRunsAcrossSourcesInTimeOrder() {
        List<Binding> history =
                run(withLaterReport(), "position-history", Map.of("actor", UKRAINES_LEADERS, "item", BARGAIN));
        assertEquals(
                List.of(
                        "cannot accept | against | 2026-01-28T12:10:00 | the source's date | article/conceding-donetsk | claim/ukraines-leaders-cannot-accept-territory-for-guarantees",
                        "accepts | for | 2026-02 | the claim's date | fx:later-report | fx:ukraines-leaders-accept-bargain"),
                rows(history, "stance", "polarity", "time", "timeFrom", "source", "claim"));
    }

    @Test
    void theArticleAloneHasNoShift() {
        // All its claims but Vance's are timed by the article's date, and nothing later turns against what he says.
        assertEquals(List.of(), run(ProjectData.store(), "shifts", Map.of()));
    }

    @Test
    void shiftsAcrossTimesAndSourcesAreFoundWithBothClaims() {
        List<Binding> shifts = run(withLaterReport(), "shifts", Map.of());
        assertEquals(
                List.of(
                        "actor/moscow | stage/talks-on-security | against → for | resists | claim/moscow-may-resist-security-talks | 2026-01-28T12:10:00 | accepts | fx:moscow-agrees-to-security-talks | 2026-03-03T09:00:00 | In recent weeks",
                        "actor/ukraines-leaders | proposal/territory-for-security-guarantees | against → for | cannot accept | claim/ukraines-leaders-cannot-accept-territory-for-guarantees | 2026-01-28T12:10:00 | accepts | fx:ukraines-leaders-accept-bargain | 2026-02 | -",
                        "actor/washington | fx:ceasefire | for → against | accepts | fx:washington-accepts-ceasefire | 2026-01-05 | rejects | fx:washington-rejects-ceasefire | 2026-02-20 | -"),
                rows(
                        shifts,
                        "actor",
                        "item",
                        "change",
                        "earlierStance",
                        "earlierClaim",
                        "earlierTime",
                        "laterStance",
                        "laterClaim",
                        "laterTime",
                        "laterTimeDescription"));
        assertEquals(
                List.of(
                        "actor/washington | fx:ceasefire | fx:washington-accepts-ceasefire | fx:washington-rejects-ceasefire"),
                rows(
                        run(withLaterReport(), "shifts", Map.of("actor", "<" + ID + "actor/washington>")),
                        "actor",
                        "item",
                        "earlierClaim",
                        "laterClaim"));
    }

    @Test
    void inTheArticleWashingtonBelievesWhatTheAuthorPredictsWillFail() {
        List<Binding> rows = run(ProjectData.store(), "disagreements", Map.of());
        assertEquals(
                List.of(
                        "proposal/territory-for-security-guarantees | outcome/peace-deal | claim/framework-will-fail | doesNotLeadTo | Jennifer Kavanagh | Jennifer Kavanagh | predicted | claim/washington-believes-contingency-could-secure-peace-deal | couldLeadTo | Washington | Jennifer Kavanagh | reported"),
                rows(
                                rows,
                                "subject",
                                "object",
                                "firstClaim",
                                "firstProperty",
                                "firstHolderLabel",
                                "firstSpeakerLabel",
                                "firstModalityLabel",
                                "secondClaim",
                                "secondProperty",
                                "secondHolderLabel",
                                "secondSpeakerLabel",
                                "secondModalityLabel")
                        .stream()
                        .map(r -> r.replace("https://w3id.org/parley/ontology#", ""))
                        .toList());
        assertTrue(text(rows.get(0), "firstQuote").startsWith("But this framework will ultimately fail"));
        assertEquals(
                1,
                run(ProjectData.store(), "disagreements", Map.of("subject", BARGAIN))
                        .size());
        assertEquals(
                List.of(),
                run(
                        ProjectData.store(),
                        "disagreements",
                        Map.of("subject", "<" + ID + "concession/withdrawal-from-donetsk>")),
                "the author and senior Russian officials agree the withdrawal would not end the war");
        assertTrue(text(rows.get(0), "secondQuote").endsWith("believing that this could secure a peace deal"));
    }

    @Test
    void disagreementsSpanSourcesAndSubPropertiesButNotOneSpeakersOwnChangeOfMind() {
        List<Binding> rows = run(withLaterReport(), "disagreements", Map.of());
        assertEquals(
                List.of(
                        // http://example.org/… sorts before https://w3id.org/…: the fixture's claims come first
                        "actor/moscow | stage/talks-on-security | fx:moscow-agrees-to-security-talks | accepts | claim/moscow-may-resist-security-talks | resists",
                        "actor/ukraines-leaders | proposal/territory-for-security-guarantees | fx:ukraines-leaders-accept-bargain | accepts | claim/ukraines-leaders-cannot-accept-territory-for-guarantees | cannotAccept",
                        "proposal/territory-for-security-guarantees | outcome/peace-deal | claim/framework-will-fail | doesNotLeadTo | claim/washington-believes-contingency-could-secure-peace-deal | couldLeadTo"),
                rows(rows, "subject", "object", "firstClaim", "firstProperty", "secondClaim", "secondProperty").stream()
                        .map(r -> r.replace("https://w3id.org/parley/ontology#", ""))
                        .sorted()
                        .toList());
    }
}
