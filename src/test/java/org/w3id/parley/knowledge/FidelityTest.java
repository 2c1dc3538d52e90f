package org.w3id.parley.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;

/**
 * What a claim's graph says is what its words say: each reading a review of the data questioned, checked against the
 * article's text (the quote the claim is anchored to).
 */
class FidelityTest {
    private static final String PARLEY = ProjectData.PARLEY;

    /** The claim's quoted words. */
    private static String quote(String claim) {
        List<Binding> rows = ProjectData.select("SELECT ?e WHERE { GRAPH ?g { <" + ProjectData.ID + claim
                + "> parley:hasQuote/oa:hasSelector/oa:exact ?e } }");
        assertEquals(1, rows.size(), claim);
        return rows.get(0).get("e").getLiteralLexicalForm();
    }

    /** The triples of the claim's own graph, as "subject property object" with ids shortened. */
    private static Set<String> triples(String claim) {
        Set<String> triples = new TreeSet<>();
        for (Binding row :
                ProjectData.select("SELECT ?s ?p ?o WHERE { GRAPH <" + ProjectData.ID + claim + "> { ?s ?p ?o } }"))
            triples.add(shorten(row.get("s").toString()) + " "
                    + shorten(row.get("p").toString()) + " "
                    + shorten(row.get("o").toString()));
        return triples;
    }

    private static String shorten(String term) {
        return term.replace(ProjectData.ID, "").replace(PARLEY, "");
    }

    private static void assertWords(String claim, String words) {
        assertTrue(quote(claim).contains(words), claim + " does not say “" + words + "”: " + quote(claim));
    }

    @Test
    void couldSecureAPeaceDealStaysAPossibility() {
        String claim = "claim/washington-believes-contingency-could-secure-peace-deal";
        assertWords(claim, "believing that this could secure a peace deal");
        assertEquals(
                Set.of("proposal/territory-for-security-guarantees couldLeadTo outcome/peace-deal"), triples(claim));
        assertEquals(
                List.of(),
                ProjectData.select("SELECT ?g WHERE { GRAPH ?g { ?x parley:leadsTo <" + ProjectData.ID
                        + "outcome/peace-deal> } ?g a parley:Claim }"),
                "no claim says anything would (rather than could) secure a peace deal");
    }

    @Test
    void wouldNotGuaranteeTheEndOfTheWarIsNotWouldNotEndIt() {
        String officials = "claim/russian-officials-withdrawal-would-not-end-war";
        assertWords(officials, "would not guarantee the end of the war");
        assertEquals(
                Set.of("concession/withdrawal-from-donetsk doesNotEnsure outcome/end-of-the-war"), triples(officials));
        // the author's own words are stronger, and stay so
        String author = "claim/territorial-concession-would-not-end-conflict";
        assertWords(author, "would not mark the end of the conflict");
        assertTrue(triples(author).contains("concession/withdrawal-from-donetsk doesNotLeadTo outcome/end-of-the-war"));
    }

    @Test
    void mayResistIsNeitherARefusalNorCertain() {
        String claim = "claim/moscow-may-resist-security-talks";
        assertWords(claim, "Moscow may resist talks on these topics");
        assertEquals(Set.of("actor/moscow resists stage/talks-on-security"), triples(claim));
        assertEquals(
                1,
                ProjectData.select("SELECT * WHERE { GRAPH ?g { <" + ProjectData.ID + claim
                                + "> parley:modality parley:hedged } }")
                        .size());
        assertEquals(
                List.of(),
                ProjectData.select(
                        "SELECT * WHERE { GRAPH ?g { parley:resists rdfs:subPropertyOf+ ?p } FILTER (?p != parley:resists) }"),
                "resisting is no red line: parley:resists is not a kind of parley:rejects");
    }

    @Test
    void guaranteesOfferedByTheUsOrEuropeNameNeitherAsTheOfferer() {
        String claim = "claim/security-guarantees-would-be-litigated";
        assertWords(claim, "the security guarantees offered by the US or Europe");
        assertTrue(
                triples(claim).stream().noneMatch(t -> t.contains(" offeredBy ")),
                "“the US or Europe” is one or the other, not both: " + triples(claim));
        // "American security guarantees" in the formula do name their offerer
        assertWords("claim/trump-administration-territory-for-guarantees-formula", "American security guarantees");
        assertTrue(triples("claim/trump-administration-territory-for-guarantees-formula")
                .contains("guarantee/security-guarantees offeredBy actor/united-states"));
    }

    @Test
    void theWithdrawalIsConcededByWhomEachSentenceNames() {
        Map<String, String> conceders = new TreeMap<>();
        for (Binding row : ProjectData.select("""
                SELECT ?claim ?who WHERE {
                  GRAPH ?claim { <https://w3id.org/parley/id/concession/withdrawal-from-donetsk> parley:concededBy ?who }
                  ?claim a parley:Claim }
                """))
            conceders.put(
                    shorten(row.get("claim").getURI()), shorten(row.get("who").getURI()));
        assertEquals(
                Map.of(
                        "claim/washington-makes-security-commitments-contingent-on-withdrawal", "actor/kyiv",
                        "claim/moscow-hopes-negotiations-move-on-to-other-topics", "actor/kyiv",
                        "claim/territorial-concession-would-not-end-conflict", "actor/ukraine",
                        "claim/russian-officials-withdrawal-precondition-for-negotiations", "actor/ukraine"),
                conceders);
        // the article itself alternates between the state and its government, and the data follows its words
        for (Map.Entry<String, String> e : conceders.entrySet())
            assertWords(e.getKey(), e.getValue().equals("actor/kyiv") ? "Kyiv" : "Ukraine’s");
        assertEquals(
                1,
                ProjectData.select("SELECT * WHERE { GRAPH ?g { <https://w3id.org/parley/id/actor/kyiv>"
                                + " parley:speaksFor <https://w3id.org/parley/id/actor/ukraine> } }")
                        .size(),
                "Kyiv speaks for Ukraine, so analyses by actor see both");
    }

    @Test
    void commitmentsContingentOnAWithdrawalRequireTheWithdrawalFirst() {
        String claim = "claim/washington-makes-security-commitments-contingent-on-withdrawal";
        // "future US security commitments contingent on Kyiv's withdrawal": the withdrawal first, the commitments
        // later, which is the ordering the claim records Washington as requiring
        assertWords(claim, "make future US security commitments contingent on Kyiv’s withdrawal from Donetsk");
        Set<String> triples = triples(claim);
        assertTrue(
                triples.contains("guarantee/us-security-commitments contingentOn concession/withdrawal-from-donetsk"));
        assertTrue(triples.contains("actor/washington requiresSequence sequence/land-first-guarantees-later"));
        assertEquals(
                1,
                ProjectData.select("""
                                SELECT * WHERE { GRAPH ?g { <https://w3id.org/parley/id/sequence/land-first-guarantees-later>
                                  parley:earlierStep <https://w3id.org/parley/id/concession/withdrawal-from-donetsk> } }
                                """).size(),
                "the sequence's first step is the withdrawal the commitments are contingent on");
    }

    @Test
    void someInTheAdministrationIsNotNarrowedToWitkoff() {
        String claim = "claim/witkoff-territory-sole-obstacle-to-peace-deal";
        assertWords(claim, "some in the administration, such as Special Envoy Steve Witkoff");
        List<Binding> label =
                ProjectData.select("SELECT ?l WHERE { GRAPH ?g { <" + ProjectData.ID + claim + "> rdfs:label ?l } }");
        assertTrue(label.get(0).get("l").getLiteralLexicalForm().startsWith("Some in the administration, such as"));
    }
}
