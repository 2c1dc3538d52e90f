package org.w3id.parley.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.testing.Cli;
import org.w3id.parley.testing.Cli.Run;

/**
 * The article's data conforms to the shapes, and deliberately broken copies are rejected with a report
 * that names the focus node and the broken rule.
 */
class ShapesTest {
    private static final String ID = "https://w3id.org/parley/id/";

    @TempDir
    Path tmp;

    /** Validates ontology/ with a copy of data/ whose claims file went through {@code edit}. */
    private Run validateWithClaims(UnaryOperator<String> edit) throws IOException {
        Path data = tmp.resolve("data/article");
        Files.createDirectories(data);
        for (String file : new String[] {"source.trig", "entities.trig"})
            Files.copy(ProjectData.DATA.resolve("article").resolve(file), data.resolve(file));
        Files.createDirectories(tmp.resolve("data/sources"));
        Files.copy(ProjectData.ARTICLE, tmp.resolve("data/sources/article.txt"));
        String claims = Files.readString(ProjectData.DATA.resolve("article/claims.trig"));
        String broken = edit.apply(claims);
        assertNotEquals(claims, broken, "the edit did not apply");
        Files.writeString(data.resolve("claims.trig"), broken);
        return Cli.run(
                "validate",
                "--shapes",
                ProjectData.SHAPES.toString(),
                "--ontology",
                ProjectData.ONTOLOGY.toString(),
                tmp.resolve("data").toString());
    }

    private static void assertRejected(Run run, String focusNode, String shape) {
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("focus node <" + ID + focusNode + ">"), run::toString);
        assertTrue(run.err().contains("[shape parley-shapes:" + shape), run::toString);
    }

    @Test
    void theArticleConformsToTheShapes() {
        Run run = Cli.run(
                "validate",
                "--shapes",
                ProjectData.SHAPES.toString(),
                "--ontology",
                ProjectData.ONTOLOGY.toString(),
                ProjectData.DATA.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("33 claims"), run::toString);
    }

    @Test
    void aQuoteThatDoesNotMatchTheTextAtItsOffsetsIsRejected() throws IOException {
        // Selectors may still be written out by hand, as the claims were before the shorthand: the shape checks them.
        String handAnchored =
                Files.readString(Path.of("src/test/resources/fixtures/article-before-shorthand/claims.trig"));
        Run run = validateWithClaims(claims -> handAnchored.replace(
                "oa:start \"614\"^^xsd:nonNegativeInteger", "oa:start \"615\"^^xsd:nonNegativeInteger"));
        assertRejected(run, "claim/framework-will-fail#target", "QuoteMatchesTextShape");
    }

    @Test
    void aClaimWithoutASpeakerIsRejected() throws IOException {
        Run run = validateWithClaims(claims -> claims.replace("        parley:statedBy <actor/jd-vance> ;\n", ""));
        assertRejected(run, "claim/vance-ukrainians-want-guarantees-russians-want-territory", "ClaimStatedByShape");
        assertTrue(run.err().contains("path parley:statedBy"), run::toString);
    }

    @Test
    void aPreconditionPointingAtAnActorIsRejected() throws IOException {
        Run run = validateWithClaims(claims -> claims.replace(
                "<concession/withdrawal-from-donetsk> parley:isPreconditionFor <stage/start-of-negotiations>",
                "<concession/withdrawal-from-donetsk> parley:isPreconditionFor <actor/moscow>"));
        assertRejected(run, "concession/withdrawal-from-donetsk", "PreconditionShape");
    }

    @Test
    void aModalityOutsideTheSchemeIsRejected() throws IOException {
        Run run = validateWithClaims(
                claims -> claims.replace("parley:modality parley:quoted", "parley:modality parley:rumoured"));
        assertRejected(run, "claim/vance-ukrainians-want-guarantees-russians-want-territory", "ClaimModalityShape");
    }

    @Test
    void aClaimDateThatIsNotAnXsdDateTypeIsRejected() throws IOException {
        Run run = validateWithClaims(
                claims -> claims.replace("dcterms:date \"2025-08\"^^xsd:gYearMonth", "dcterms:date \"August 2025\""));
        assertRejected(run, "claim/vance-ukrainians-want-guarantees-russians-want-territory", "ClaimDateShape");
    }

    @Test
    void aTimeDescriptionThatIsNotTextIsRejected() throws IOException {
        Run run = validateWithClaims(claims -> claims.replace(
                "parley:timeDescription \"For months\"@en", "parley:timeDescription <actor/trump-administration>"));
        assertRejected(run, "claim/trump-administration-territory-for-guarantees-formula", "ClaimTimeDescriptionShape");
    }

    /** Selector parts are counted in code points, as the load writes them: an emoji is one, a final newline one more. */
    @Test
    void aPrefixOrSuffixMayHave32CodePointsWhateverTheirUtf16Length() {
        Graph shapes = RDFDataMgr.loadGraph(ProjectData.SHAPES.toString());
        String thirtyTwo = "a".repeat(29) + "🕊.\n"; // 32 code points, 33 UTF-16 units
        String thirtyThree = "a".repeat(30) + "🕊.\n";
        assertEquals(0, selectorViolations(shapes, thirtyTwo));
        assertEquals(2, selectorViolations(shapes, thirtyThree), "prefix and suffix, each one code point too long");
        assertEquals(2, selectorViolations(shapes, ""), "and empty ones");
    }

    /** Violations of a quote selector whose prefix and suffix are both {@code part}. */
    private static int selectorViolations(Graph shapes, String part) {
        Graph data = GraphMemFactory.createDefaultGraph();
        Node selector = NodeFactory.createURI(ID + "s#quote");
        data.add(selector, RDF.type.asNode(), OA.TextQuoteSelector.asNode());
        data.add(selector, OA.exact.asNode(), NodeFactory.createLiteralString("x"));
        data.add(selector, OA.prefix.asNode(), NodeFactory.createLiteralString(part));
        data.add(selector, OA.suffix.asNode(), NodeFactory.createLiteralString(part));
        return ShaclValidator.get().validate(shapes, data).getEntries().size();
    }
}
