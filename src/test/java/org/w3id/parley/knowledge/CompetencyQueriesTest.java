package org.w3id.parley.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.parley.query.NamedQueries;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.sparql.SparqlFile;
import org.w3id.parley.testing.ClosureCheck;

/** Each competency query, run in-process over the loaded article, returns the article's answers. */
class CompetencyQueriesTest {

    private static List<Binding> run(String name, Map<String, String> params) {
        SparqlFile file = NamedQueries.all().get(name);
        DatasetGraph store = ProjectData.store();
        Query query = QueryRunner.local(store).bind(QueryRunner.parse(file), params);
        return Txn.calculateRead(store, () -> {
            List<Binding> rows = new ArrayList<>();
            QueryExec.dataset(store).query(query).select().forEachRemaining(b -> rows.add(b.detach()));
            return rows;
        });
    }

    /** The named columns of each row, joined with " / ", literals by their text and IRIs by their last path segment. */
    private static Set<String> rows(List<Binding> bindings, String... columns) {
        Set<String> rows = new TreeSet<>();
        for (Binding b : bindings) {
            List<String> cells = new ArrayList<>();
            for (String column : columns) cells.add(text(b.get(column)));
            rows.add(String.join(" / ", cells));
        }
        return rows;
    }

    private static String text(Node node) {
        if (node == null || (node.isLiteral() && node.getLiteralLexicalForm().isEmpty())) return "-";
        if (node.isLiteral()) return node.getLiteralLexicalForm();
        String iri = node.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    @Test
    void theArticleHoldsTheClosuresTheQueriesRead() {
        ClosureCheck.assertMaterialised(ProjectData.store());
    }

    @Test
    void everyQueryOpensWithAHeader() {
        Set<String> expected = Set.of(
                "preconditions",
                "demands-by-actor",
                "contingent-guarantees",
                "red-lines",
                "leverage",
                "moscow-agenda",
                "conditional-acceptance",
                "claim-provenance",
                "author-views");
        assertTrue(
                NamedQueries.all().keySet().containsAll(expected),
                NamedQueries.all().keySet()::toString);
        NamedQueries.all().forEach((name, file) -> {
            assertTrue(file.text().startsWith("#+ summary: "), name);
            assertFalse(file.description().isEmpty(), name);
            assertTrue(file.header().containsKey("params"), name);
        });
    }

    @Test
    void q1PreconditionsDirectAndTransitiveWithTheChain() {
        List<Binding> result = run("preconditions", Map.of());
        assertEquals(
                Set.of(
                        "Ukrainian withdrawal from Donetsk / start of negotiations / -",
                        "start of negotiations / later round of negotiations on other topics / -",
                        "Ukrainian withdrawal from Donetsk / later round of negotiations on other topics / start of negotiations",
                        "Ukrainian withdrawal from Donetsk / future US security commitments / -",
                        "assurance that Russia would not attack again / further shrinking of Ukraine's borders / -",
                        "Ukrainian integration into Europe's sphere of influence / further shrinking of Ukraine's borders / -"),
                rows(result, "fromLabel", "toLabel", "via"));
        Binding laterRound = result.stream()
                .filter(b -> text(b.get("toLabel")).startsWith("later round")
                        && text(b.get("fromLabel")).startsWith("Ukrainian withdrawal"))
                .findFirst()
                .orElseThrow();
        assertTrue(text(laterRound.get("toAgenda")).contains("size of Ukraine's military"), laterRound::toString);
    }

    /** Each precondition link says who holds it and how the article carries it: a position, not a fact. */
    @Test
    void q1EachPreconditionSaysWhoHoldsItAndItsModality() {
        List<Binding> result = run("preconditions", Map.of());
        Binding hedged = result.stream()
                .filter(b -> text(b.get("fromLabel")).startsWith("assurance that Russia"))
                .findFirst()
                .orElseThrow();
        assertEquals("hedged", text(hedged.get("modalities")), hedged::toString);
        assertEquals("Jennifer Kavanagh", text(hedged.get("holders")), hedged::toString);
        Binding laterRound = result.stream()
                .filter(b -> text(b.get("toLabel")).startsWith("later round")
                        && text(b.get("fromLabel")).startsWith("Ukrainian withdrawal"))
                .findFirst()
                .orElseThrow();
        assertTrue(text(laterRound.get("modalities")).contains("reported"), laterRound::toString);
        assertTrue(text(laterRound.get("holders")).contains("Moscow"), laterRound::toString);
        assertTrue(
                result.stream()
                        .allMatch(b -> !Boolean.parseBoolean(text(b.get("direct")))
                                || !text(b.get("holders")).equals("-")),
                "every direct link has a holder");
    }

    @Test
    void q1TheChainRunsFromWithdrawalThroughNegotiationsToTalksOnUkrainesMilitary() {
        List<Binding> chain = ProjectData.select("""
                SELECT ?next ?later ?topic WHERE {
                  GRAPH ?first { id:concession\\/withdrawal-from-donetsk parley:isPreconditionFor ?n }
                  GRAPH ?second { ?n parley:isPreconditionFor ?l } GRAPH ?third { ?l parley:agendaTopic ?t }
                  ?n rdfs:label ?next . ?l rdfs:label ?later . ?t rdfs:label ?topic }""");
        assertTrue(
                rows(chain, "next", "later", "topic")
                        .contains(
                                "start of negotiations / later round of negotiations on other topics / size of Ukraine's military"),
                chain::toString);
    }

    @Test
    void q2WhatEachActorDemandsOfWhom() {
        assertEquals(
                Set.of(
                        "Trump administration / United States / Kyiv / concession of territory",
                        "senior Russian officials / Russia / Ukraine / Ukrainian withdrawal from Donetsk"),
                rows(run("demands-by-actor", Map.of()), "actorLabel", "onBehalfOfLabel", "targetLabel", "itemLabel"));
    }

    @Test
    void q3TheUsSecurityCommitmentIsContingentOnTheWithdrawal() {
        assertEquals(
                Set.of(
                        "future US security commitments / Ukrainian withdrawal from Donetsk / Washington / United States / Kyiv / Ukraine / reported"),
                rows(
                        run("contingent-guarantees", Map.of()),
                        "guaranteeLabel",
                        "conditionLabel",
                        "offererLabel",
                        "offererOnBehalfOfLabel",
                        "offereeLabel",
                        "offereeOnBehalfOfLabel",
                        "modality"));
    }

    @Test
    void q4UkrainesRedLinesAndTheOrderingItRefuses() {
        assertEquals(
                Set.of(
                        "Ukraine's leaders / cannot accept / territory for security guarantees / - / -",
                        // "Moscow may resist talks on these topics" is resistance the author thinks possible, not a
                        // refusal: parley:resists, no red line
                        "Ukraine's leaders / cannot accept / give up the land first, receive security promises later / Ukrainian withdrawal from Donetsk / security guarantees for Ukraine"),
                rows(
                        run("red-lines", Map.of()),
                        "actorLabel",
                        "relationLabel",
                        "itemLabel",
                        "earlierStepLabel",
                        "laterStepLabel"));
    }

    @Test
    void q5WhatRussiaWantsThatTheUsCanGiveAndUkraineCannot() {
        Set<String> expected = Set.of(
                "Russia / normalised ties / United States / Ukraine",
                "Russia / sanctions relief / United States / Ukraine");
        assertEquals(
                expected,
                rows(run("leverage", Map.of()), "wanterLabel", "itemLabel", "providerLabel", "nonProviderLabel"));
        assertEquals(
                expected,
                rows(
                        run(
                                "leverage",
                                Map.of(
                                        "wanter",
                                        "<https://w3id.org/parley/id/actor/russia>",
                                        "provider",
                                        "<https://w3id.org/parley/id/actor/united-states>",
                                        "nonProvider",
                                        "<https://w3id.org/parley/id/actor/ukraine>")),
                        "wanterLabel",
                        "itemLabel",
                        "providerLabel",
                        "nonProviderLabel"));
        assertEquals(
                Set.of(),
                rows(run("leverage", Map.of("provider", "<https://w3id.org/parley/id/actor/ukraine>")), "itemLabel"));
    }

    @Test
    void q6TopicsMoscowWantsOnceDonetskIsCeded() {
        assertEquals(
                Set.of(
                        "Moscow / size of Ukraine's military / Ukrainian withdrawal from Donetsk",
                        "Moscow / Ukraine's non-aligned status with Nato / Ukrainian withdrawal from Donetsk",
                        "Moscow / Ukraine's ties to Europe / Ukrainian withdrawal from Donetsk",
                        "Moscow / protection of the Russian language / Ukrainian withdrawal from Donetsk"),
                rows(run("moscow-agenda", Map.of()), "actorLabel", "topicLabel", "concessionLabel"));
    }

    @Test
    void q7ConditionsUnderWhichUkraineMightAcceptATerritorialLoss() {
        assertEquals(
                Set.of(
                        "Ukraine's leaders / further shrinking of Ukraine's borders / hedged / assurance that Russia would not attack again",
                        "Ukraine's leaders / further shrinking of Ukraine's borders / hedged / Ukrainian integration into Europe's sphere of influence"),
                rows(
                        run("conditional-acceptance", Map.of()),
                        "actorLabel",
                        "itemLabel",
                        "acceptanceModality",
                        "conditionLabel"));
    }

    @Test
    void q8WhoStatedEachClaimWithWhatModalityAndInWhichWords() {
        List<Binding> all = run("claim-provenance", Map.of());
        assertEquals(33, all.size());
        String text = ProjectData.articleText();
        for (Binding row : all) {
            int start = Integer.parseInt(text(row.get("start")));
            int end = Integer.parseInt(text(row.get("end")));
            assertEquals(text.substring(start, end), text(row.get("exact")), row::toString);
        }
        assertTrue(rows(all, "speakerLabel", "modalityLabel", "date", "start", "end")
                .contains("JD Vance / quoted / 2025-08 / 200 / 311"));
        assertTrue(rows(all, "speakerLabel", "modalityLabel").contains("senior Russian officials / reported"));

        List<Binding> predicted = run("claim-provenance", Map.of("modality", "parley:predicted"));
        assertEquals(3, predicted.size(), predicted::toString);
        assertTrue(predicted.stream().allMatch(b -> text(b.get("modality")).equals("predicted")));
        List<Binding> byVance =
                run("claim-provenance", Map.of("speaker", "<https://w3id.org/parley/id/actor/jd-vance>"));
        assertEquals(1, byVance.size());
    }

    @Test
    void q9WhatTheAuthorRecommendsAndPredicts() {
        assertEquals(
                Set.of(
                        "predicted / 614",
                        "predicted / 1958",
                        "predicted / 3689",
                        "recommended / 745",
                        "recommended / 2963",
                        "recommended / 3136"),
                rows(run("author-views", Map.of()), "modalityLabel", "start"));
    }
}
