package org.w3id.parley.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;

/**
 * Who holds a position (parley:heldBy) and who states it in the article (parley:statedBy), read from the article's
 * words: "Moscow hopes" is Moscow's position in the author's words; what senior Russian officials "have made clear" is
 * theirs in their own; the author's analysis is hers.
 */
class HolderAndStaterTest {
    private static final String AUTHOR = "actor/jennifer-kavanagh";

    /** Each claim (by its path) with its holder and stater (by their paths) and the words it quotes. */
    private static Map<String, String[]> claims() {
        List<Binding> rows = ProjectData.select("""
                SELECT ?claim (GROUP_CONCAT(DISTINCT STR(?h); separator=" ") AS ?holders)
                       (GROUP_CONCAT(DISTINCT STR(?s); separator=" ") AS ?staters) (SAMPLE(?e) AS ?exact)
                WHERE {
                  GRAPH ?g { ?claim a parley:Claim ; parley:heldBy ?h ; parley:statedBy ?s ;
                                    parley:hasQuote/oa:hasSelector/oa:exact ?e }
                }
                GROUP BY ?claim
                """);
        Map<String, String[]> claims = new TreeMap<>();
        for (Binding row : rows)
            claims.put(path(row.get("claim").getURI()), new String[] {
                paths(row.get("holders").getLiteralLexicalForm()),
                paths(row.get("staters").getLiteralLexicalForm()),
                row.get("exact").getLiteralLexicalForm()
            });
        return claims;
    }

    private static String path(String iri) {
        return iri.substring(ProjectData.ID.length());
    }

    private static String paths(String iris) {
        return List.of(iris.split(" ")).stream()
                .map(HolderAndStaterTest::path)
                .sorted()
                .collect(Collectors.joining(" "));
    }

    private static void assertReading(String claim, String holder, String stater, String words) {
        String[] found = claims().get(claim);
        assertTrue(found != null, claim + " has no holder and stater");
        assertTrue(found[2].contains(words), claim + " does not quote “" + words + "”: " + found[2]);
        assertEquals(holder + " / " + stater, found[0] + " / " + found[1], claim);
    }

    @Test
    void everyClaimHasAHolderAndAStater() {
        List<Binding> all = ProjectData.select("SELECT DISTINCT ?c WHERE { GRAPH ?g { ?c a parley:Claim } }");
        assertEquals(33, all.size());
        assertEquals(all.size(), claims().size(), "claims without parley:heldBy or parley:statedBy");
    }

    @Test
    void hopesAndBeliefsTheAuthorReportsAreHeldByTheirPartyAndStatedByTheAuthor() {
        assertReading(
                "claim/moscow-hopes-negotiations-move-on-to-other-topics", "actor/moscow", AUTHOR, "Moscow hopes");
        assertReading(
                "claim/washington-believes-contingency-could-secure-peace-deal",
                "actor/washington",
                AUTHOR,
                "believing that this could secure a peace deal");
        assertReading(
                "claim/washington-makes-security-commitments-contingent-on-withdrawal",
                "actor/washington",
                AUTHOR,
                "Washington has reportedly continued");
        assertReading("claim/putin-hopes-to-avoid-new-penalties", "actor/vladimir-putin", AUTHOR, "Putin hopes");
        assertReading(
                "claim/ukraines-leaders-hope-to-avoid-further-territorial-loss",
                "actor/ukraines-leaders",
                AUTHOR,
                "Ukraine’s leaders hope");
    }

    @Test
    void whatAPartySaidOrQuotedIsHeldAndStatedByIt() {
        for (String claim : List.of(
                "claim/russian-officials-withdrawal-precondition-for-negotiations",
                "claim/russian-officials-withdrawal-would-not-end-war"))
            assertReading(
                    claim,
                    "actor/senior-russian-officials",
                    "actor/senior-russian-officials",
                    "Senior Russian officials have repeatedly made clear");
        assertReading(
                "claim/vance-ukrainians-want-guarantees-russians-want-territory",
                "actor/jd-vance",
                "actor/jd-vance",
                "As JD Vance put it");
        assertReading(
                "claim/trump-administration-territory-for-guarantees-formula",
                "actor/trump-administration",
                "actor/trump-administration",
                "the Trump administration has advanced a simple formula");
    }

    @Test
    void someInTheAdministrationHoldWhatWitkoffIsNamedAsSuggesting() {
        assertReading(
                "claim/witkoff-territory-sole-obstacle-to-peace-deal",
                "actor/some-in-the-administration",
                "actor/steve-witkoff",
                "some in the administration, such as Special Envoy Steve Witkoff, have suggested");
        assertEquals(1, ProjectData.select("""
                                SELECT * WHERE { GRAPH ?g { <https://w3id.org/parley/id/actor/some-in-the-administration> a parley:Group ;
                                    <http://xmlns.com/foaf/0.1/member> <https://w3id.org/parley/id/actor/steve-witkoff> } }
                                """).size(), "the group, with Witkoff as its one named member");
    }

    @Test
    void theAuthorsOwnVoiceIsHersAlone() {
        Set<String> modalities = new TreeSet<>();
        for (Binding row : ProjectData.select("""
                SELECT ?claim ?m WHERE { GRAPH ?g { ?claim parley:modality ?m ;
                  parley:hasQuote/oa:hasSelector/oa:exact ?e } }
                """)) {
            String modality = row.get("m").getLocalName();
            if (modality.equals("reported") || modality.equals("quoted")) continue;
            modalities.add(modality);
            String[] found = claims().get(path(row.get("claim").getURI()));
            assertEquals(
                    AUTHOR + " / " + AUTHOR, found[0] + " / " + found[1], row.get("claim") + " (" + modality + ")");
        }
        assertEquals(Set.of("asserted", "hedged", "predicted", "recommended"), modalities);
    }

    @Test
    void statingIsAttributionAndHoldingIsNot() {
        assertEquals(
                List.of(),
                ProjectData.select("SELECT * WHERE { GRAPH ?g { parley:statedBy a owl:FunctionalProperty } }"),
                "parley:statedBy is still functional: a second stater would make the two the same actor");
        assertEquals(
                1,
                ProjectData.select(
                                "SELECT * WHERE { GRAPH ?g { parley:statedBy rdfs:subPropertyOf prov:wasAttributedTo } }")
                        .size());
        assertEquals(
                List.of(),
                ProjectData.select(
                        "SELECT * WHERE { GRAPH ?g { parley:heldBy rdfs:subPropertyOf+ ?p } FILTER (?p != parley:heldBy) }"),
                "the holder did not necessarily say the words, so holding is no PROV attribution");
        assertEquals(
                1,
                ProjectData.select(
                                "SELECT * WHERE { GRAPH ?g { parley:heldBy rdfs:isDefinedBy ?o ; rdfs:range parley:Actor } }")
                        .size());
    }
}
