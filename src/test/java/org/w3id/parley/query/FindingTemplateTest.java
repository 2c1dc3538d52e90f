package org.w3id.parley.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.junit.jupiter.api.Test;
import org.w3id.parley.sparql.SparqlFile;
import org.w3id.parley.testing.Article;

/** Every analysis reads as sentences: its {@code #+ finding:} rendered over the article's own rows. */
class FindingTemplateTest {

    /** The plain-text findings of a shipped query run on the article, in row order. */
    private static List<String> findings(String name, Map<String, String> params) {
        SparqlFile file = NamedQueries.all().get(name);
        QueryRunner runner = QueryRunner.local(Article.store());
        Query query = runner.bind(QueryRunner.parse(file), params);
        FindingTemplate finding = FindingTemplate.of(file).orElseThrow(() -> new AssertionError(name + ": no finding"));
        List<String> sentences = new ArrayList<>();
        for (Binding row : runner.select(query)) sentences.add(finding.renderPlain(row, query.getProjectVars()));
        return sentences;
    }

    @Test
    void everyAnalysisHasAFindingThatReadsEachOfTheArticlesRowsAsASentence() {
        int rows = 0;
        for (String name : NamedQueries.all().keySet()) {
            for (String sentence : findings(name, Map.of())) {
                rows++;
                assertFalse(sentence.isBlank(), name + ": a row without a sentence");
                assertFalse(sentence.contains("{{") || sentence.contains("}}"), name + ": " + sentence);
                // Every resource a sentence names has a label in its row: no IRI reaches a reader.
                assertFalse(sentence.contains("https://"), name + ": " + sentence);
                assertFalse(sentence.contains(" | "), name + ": lists read as 'a, b and c': " + sentence);
            }
        }
        assertTrue(rows > 100, "the article's rows, all analyses together: " + rows);
    }

    @Test
    void theCentralDeadlockIsOneSentence() {
        assertEquals(
                List.of("Washington requires Ukrainian withdrawal from Donetsk before security guarantees for Ukraine;"
                        + " Ukraine's leaders cannot accept that order, “give up the land first, receive security"
                        + " promises later”"),
                findings("deadlocks", Map.of()));
    }

    @Test
    void leverageIncentivesRedLinesAndWhatIfReadAsTheArticleSaysThem() {
        assertEquals(
                List.of(
                        "Russia wants normalised ties: United States can provide it, Ukraine cannot",
                        "Russia wants sanctions relief: United States can provide it, Ukraine cannot"),
                findings("leverage", Map.of()));
        assertEquals(
                List.of(
                        "A fear of Kyiv: giving up valuable territory and being left with nothing in return",
                        "A hope of Ukraine's leaders: to avoid further shrinking of Ukraine's borders",
                        "A hope of Vladimir Putin: to avoid new penalties on Russia, imposed by Donald Trump on Russia"),
                findings("incentives", Map.of()));
        assertEquals(
                List.of(
                        "The demand for Ukraine's withdrawal from Donetsk by senior Russian officials crosses a red line:"
                                + " Ukraine's leaders cannot accept “give up the land first, receive security promises"
                                + " later” (the demanded item is the earlier step of the refused sequence)",
                        "The demand that Kyiv concede territory by Trump administration crosses a red line: Ukraine's"
                                + " leaders cannot accept “territory for security guarantees” (the demanded item is the"
                                + " concession the refused proposal requires)"),
                findings("red-line-conflicts", Map.of()));
        List<String> whatIf = findings("what-if", Map.of("concession", "id:concession/withdrawal-from-donetsk"));
        assertTrue(
                whatIf.contains("Ukrainian withdrawal from Donetsk unlocks later round of negotiations on other topics:"
                        + " Ukrainian withdrawal from Donetsk → start of negotiations → later round of negotiations on"
                        + " other topics; on its agenda: protection of the Russian language, root causes of the war,"
                        + " size of Ukraine's military, Ukraine's non-aligned status with Nato and Ukraine's ties to"
                        + " Europe"),
                String.join("\n", whatIf));
        assertTrue(
                whatIf.contains("Ukrainian withdrawal from Donetsk touches a red line: Ukraine's leaders cannot accept"
                        + " “give up the land first, receive security promises later” (the concession is the earlier"
                        + " step of the refused sequence)"),
                String.join("\n", whatIf));
        assertEquals(4, whatIf.size(), String.join("\n", whatIf));
    }

    @Test
    void aChoiceBetweenKindsOfRowIsMadeByValueAndAnUnboundVariableRendersNothing() {
        SparqlFile file = SparqlFile.parse(
                "kinds",
                "#+ finding: {{#kind=a cycle}}cycle of {{members}}{{/kind=a cycle}}{{#kind=other}}other{{/kind=other}}"
                        + "{{#direct}} (direct){{/direct}}{{#missing}} missing {{missing}}{{/missing}} by {{who}}\n"
                        + "SELECT * {}");
        Var kind = Var.alloc("kind"), members = Var.alloc("members"), direct = Var.alloc("direct");
        Var who = Var.alloc("who"), whoLabel = Var.alloc("whoLabel");
        Binding row = BindingBuilder.create()
                .add(kind, NodeFactory.createLiteralString("a cycle"))
                .add(members, NodeFactory.createLiteralString("x | y | z"))
                .add(direct, NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean))
                .add(who, NodeFactory.createURI("https://w3id.org/parley/id/actor/russia"))
                .add(whoLabel, NodeFactory.createLiteralString("Russia"))
                .build();
        assertEquals(
                "cycle of x, y and z by Russia",
                FindingTemplate.of(file).orElseThrow().renderPlain(row, List.of(kind, members, direct, who, whoLabel)));
    }

    @Test
    void aQueryWithoutAFindingHasNone() {
        assertTrue(FindingTemplate.of(SparqlFile.parse("plain", "#+ summary: x\nSELECT * {}"))
                .isEmpty());
    }
}
