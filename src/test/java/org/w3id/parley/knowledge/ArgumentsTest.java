package org.w3id.parley.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.w3id.parley.query.NamedQueries;
import org.w3id.parley.query.QueryRunner;

/** The article's argument: which claims its words give as reasons for, or set against, which (the arguments query). */
class ArgumentsTest {
    private static final String ID = ProjectData.ID;

    private static List<Binding> run(Map<String, String> params) {
        QueryRunner runner = QueryRunner.local(ProjectData.store());
        return runner.select(runner.bind(QueryRunner.parse(NamedQueries.all().get("arguments")), params));
    }

    private static String text(Binding row, String var) {
        Node node = row.get(var);
        if (node == null) return "-";
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.getURI().replace(ID, "");
    }

    private static Set<String> links(List<Binding> rows) {
        Set<String> links = new TreeSet<>();
        for (Binding row : rows)
            links.add(text(row, "fromClaim").replace("claim/", "") + " " + text(row, "relationLabel") + " "
                    + text(row, "toClaim").replace("claim/", ""));
        return links;
    }

    @Test
    void theAuthorsPredictionAttacksWashingtonsBeliefForTheReasonsSheGives() {
        List<Binding> rows = run(Map.of());
        assertEquals(
                Set.of(
                        "framework-will-fail attacks washington-believes-contingency-could-secure-peace-deal",
                        "russia-war-not-primarily-about-territory attacks witkoff-territory-sole-obstacle-to-peace-deal",
                        "credibility-doubts-make-assurances-impossible attacks ukraines-leaders-might-accept-loss-if-assured",
                        "washington-has-two-advantages attacks moscow-may-resist-security-talks",
                        "framework-misunderstands-role-of-territory supports framework-will-fail",
                        "territorial-concession-would-not-end-conflict supports framework-will-fail",
                        "donetsk-withdrawal-symbolic-victory-for-moscow supports russia-war-not-primarily-about-territory",
                        "moscow-hopes-negotiations-move-on-to-other-topics supports donetsk-concession-precondition-for-outlining-true-causes",
                        "security-guarantees-would-be-litigated supports ukraines-leaders-cannot-accept-territory-for-guarantees",
                        "security-guarantees-would-be-litigated supports ukraines-leaders-cannot-accept-land-first-promises-later",
                        "us-can-provide-what-russia-wants supports washington-has-two-advantages",
                        "putin-hopes-to-avoid-new-penalties supports washington-has-two-advantages"),
                links(rows));
        assertEquals(12, rows.size(), "each link once");
        Binding attack = rows.stream()
                .filter(r -> text(r, "fromClaim").equals("claim/framework-will-fail")
                        && text(r, "relationLabel").equals("attacks"))
                .findFirst()
                .orElseThrow();
        assertTrue(text(attack, "fromQuote").startsWith("But this framework will ultimately fail"));
        assertTrue(text(attack, "toQuote").endsWith("believing that this could secure a peace deal"));
        assertEquals(
                "Jennifer Kavanagh / predicted",
                text(attack, "fromHolderLabel") + " / " + text(attack, "fromModalityLabel"));
        assertEquals("Washington / reported", text(attack, "toHolderLabel") + " / " + text(attack, "toModalityLabel"));
    }

    @Test
    void theReasonIsTheClauseThatGivesIt() {
        List<Binding> rows = run(Map.of());
        Binding reason = rows.stream()
                .filter(r -> text(r, "fromClaim").equals("claim/framework-misunderstands-role-of-territory"))
                .findFirst()
                .orElseThrow();
        // "But this framework will ultimately fail, as it fundamentally misunderstands ...": the "as" clause
        String sentence = text(reason, "toQuote");
        assertTrue(sentence.contains(", as " + text(reason, "fromQuote")), sentence);
    }

    @Test
    void aClaimGivesTheLinksOnEitherEnd() {
        assertEquals(
                Set.of(
                        "framework-will-fail attacks washington-believes-contingency-could-secure-peace-deal",
                        "framework-misunderstands-role-of-territory supports framework-will-fail",
                        "territorial-concession-would-not-end-conflict supports framework-will-fail"),
                links(run(Map.of("claim", "<" + ID + "claim/framework-will-fail>"))));
        assertEquals(
                List.of(),
                run(Map.of("claim", "<" + ID + "claim/peace-not-close-is-the-reality>")),
                "“This is unfortunate, but it’s also the reality” is in no link the text states");
    }
}
