package org.w3id.parley.publish.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.w3id.parley.load.Inference;
import org.w3id.parley.load.Loader;
import org.w3id.parley.load.Validation;
import org.w3id.parley.publish.IriSpace;
import org.w3id.parley.publish.describe.SummaryQueries;
import org.w3id.parley.store.StoreVersion;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Fixtures;

/** The picture of the article's negotiation: what it draws, how it marks the deadlock, and that its layout is sound. */
class PicturesTest {
    private static final String ID = "https://w3id.org/parley/id/";
    private static final String WITHDRAWAL = ID + "concession/withdrawal-from-donetsk";
    private static final String START = ID + "stage/start-of-negotiations";
    private static final String SEQUENCE = ID + "sequence/land-first-guarantees-later";

    private static Pictures pictures() {
        return new Pictures(
                new SummaryQueries(Article.store()),
                new IriSpace("https://w3id.org/parley/"),
                new StoreVersion(Article.store()));
    }

    private static Edge edge(NegotiationGraph graph, String from, String to, String kind) {
        return graph.edges().stream()
                .filter(e ->
                        e.from().equals(from) && e.to().equals(to) && e.kind().equals(kind))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " link " + from + " → " + to));
    }

    @Test
    void theWholeNegotiationDrawsRussiaTheWithdrawalAndWhatItIsAPreconditionFor() {
        NegotiationGraph graph = pictures().negotiation();
        assertEquals("actor", graph.vertex(ID + "actor/russia").kind());
        assertEquals("Russia", graph.vertex(ID + "actor/russia").label());
        assertEquals(
                "Ukrainian withdrawal from Donetsk", graph.vertex(WITHDRAWAL).label());
        assertEquals("concession", graph.vertex(WITHDRAWAL).kind());
        Edge precondition = edge(graph, WITHDRAWAL, START, Edge.PRECONDITION);
        assertEquals(
                List.of(ID + "claim/russian-officials-withdrawal-precondition-for-negotiations"),
                precondition.claims().stream().map(Claim::iri).toList());
        assertFalse(precondition.cycle(), "the article's preconditions form no cycle");
        // contingentOn, a sub-property of hasPrecondition, read backwards: the withdrawal comes first
        Edge contingent = edge(graph, WITHDRAWAL, ID + "guarantee/us-security-commitments", Edge.PRECONDITION);
        assertEquals("contingent on", contingent.relation());
        // who demands what of whom
        String demand = ID + "demand/ukrainian-withdrawal-from-donetsk";
        edge(graph, ID + "actor/senior-russian-officials", demand, "demands");
        edge(graph, demand, ID + "actor/ukraine", "of");
        edge(graph, demand, WITHDRAWAL, "item");
        edge(graph, ID + "actor/senior-russian-officials", ID + "actor/russia", Edge.SPEAKS_FOR);
        // withdrawal → later round is also inferred (through the start of negotiations); it is drawn for the two claims
        // that state it directly
        assertEquals(
                List.of(
                        ID + "claim/donetsk-concession-precondition-for-outlining-true-causes",
                        ID + "claim/moscow-hopes-negotiations-move-on-to-other-topics"),
                edge(graph, WITHDRAWAL, ID + "stage/later-round-of-negotiations", Edge.PRECONDITION).claims().stream()
                        .map(Claim::iri)
                        .toList());
        assertTrue(
                graph.edges().stream().noneMatch(e -> e.from().equals(e.to())),
                "no item is drawn as its own precondition, as the closure would have it");
    }

    @Test
    void theRefusedSequenceIsMarkedAsADeadlock() {
        NegotiationGraph graph = pictures().negotiation();
        Edge refused = edge(graph, ID + "actor/ukraines-leaders", SEQUENCE, Edge.REFUSED_SEQUENCE);
        assertEquals("cannot accept", refused.caption());
        edge(graph, ID + "actor/washington", SEQUENCE, "requires sequence");
        assertTrue(graph.vertex(SEQUENCE).marked(), "the sequence one party requires and another refuses");
        // a red line against a proposal nobody requires as a sequence is a red line, not a deadlock
        edge(graph, ID + "actor/ukraines-leaders", ID + "proposal/territory-for-security-guarantees", Edge.RED_LINE);
        assertFalse(
                graph.vertex(ID + "proposal/territory-for-security-guarantees").marked());
    }

    @Test
    void theSvgNamesEachClaimInItsLinksTitleAndLinksEachNodeToItsPage() {
        Picture picture = pictures().whole().orElseThrow();
        String svg = picture.svg();
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(svg.contains("<title id=\"pp-title\">The whole negotiation</title>"));
        assertTrue(
                svg.contains(
                        "<title>Ukrainian withdrawal from Donetsk is a precondition for start of negotiations. Claim: Senior"
                                + " Russian officials: Ukraine&apos;s withdrawal from Donetsk is a precondition for starting"
                                + " negotiations</title>"),
                "the precondition's tooltip names the claim it rests on");
        assertTrue(svg.contains(
                "<a href=\"/id/claim/russian-officials-withdrawal-precondition-for-negotiations\" class=\"pp-edge"
                        + " pp-precondition\">"));
        assertTrue(svg.contains("<a href=\"/id/actor/russia\" class=\"pp-node pp-actor\" data-iri=\"" + ID
                + "actor/russia\"><title>Russia (actor)</title>"));
        assertTrue(svg.contains("class=\"pp-edge pp-refused-sequence pp-refusal\""));
        assertTrue(svg.contains("class=\"pp-node pp-sequence pp-marked\""));
        assertEquals(picture.total(), picture.shown(), "the article is small enough to draw whole");
    }

    @Test
    void theLayoutPlacesEveryBoxApartAndInsideThePicture() {
        Drawing drawing = ElkLayout.layout(pictures().negotiation());
        List<Drawing.Box> boxes = drawing.boxes();
        assertTrue(boxes.size() > 20, "the article's negotiation has " + boxes.size() + " resources");
        for (int i = 0; i < boxes.size(); i++) {
            Drawing.Box a = boxes.get(i);
            assertTrue(a.x() >= 0 && a.y() >= 0, "inside: " + a);
            assertTrue(a.x() + a.width() <= drawing.width() && a.y() + a.height() <= drawing.height(), "inside: " + a);
            for (int j = i + 1; j < boxes.size(); j++) {
                Drawing.Box b = boxes.get(j);
                boolean apart = a.x() + a.width() <= b.x()
                        || b.x() + b.width() <= a.x()
                        || a.y() + a.height() <= b.y()
                        || b.y() + b.height() <= a.y();
                assertTrue(apart, a.vertex().label() + " overlaps " + b.vertex().label());
            }
        }
        for (Drawing.Path p : drawing.paths()) assertTrue(p.points().size() >= 2, "every link is routed: " + p);
    }

    @Test
    void theSameDataGivesTheSamePicture() {
        assertEquals(
                pictures().whole().orElseThrow().svg(),
                pictures().whole().orElseThrow().svg());
    }

    @Test
    void aResourceGetsItsNeighbourhoodAndNothingWhenItIsTrivial() {
        Picture around = pictures()
                .around(NodeFactory.createURI(ID + "demand/ukrainian-withdrawal-from-donetsk"), "the demand")
                .orElseThrow();
        assertTrue(around.svg().contains("data-iri=\"" + ID + "actor/senior-russian-officials\""));
        assertTrue(around.svg().contains("data-iri=\"" + WITHDRAWAL + "\""));
        assertTrue(around.svg().contains("data-iri=\"" + ID + "actor/ukraine\""));
        assertFalse(around.svg().contains("data-iri=\"" + START + "\""), "two hops away");
        assertEquals(3, around.shown());
        assertTrue(
                pictures()
                        .around(NodeFactory.createURI(ID + "place/kyiv"), "Kyiv")
                        .isEmpty(),
                "no links at all");
    }

    @Test
    void aResourcesOwnBoxIsDrawnApartAndNotLinked() {
        String svg = pictures()
                .around(NodeFactory.createURI(WITHDRAWAL), "the withdrawal")
                .orElseThrow()
                .svg();
        assertTrue(svg.contains("<g class=\"pp-node pp-concession pp-focus\" data-iri=\"" + WITHDRAWAL + "\">"), svg);
        assertTrue(svg.contains("<a href=\"/id/stage/start-of-negotiations\" class=\"pp-node pp-stage\""));
    }

    @Test
    void aClaimsPictureIsTheLinksItStates() {
        NegotiationGraph graph = pictures()
                .negotiation()
                .around(ID + "claim/russian-officials-withdrawal-precondition-for-negotiations");
        assertEquals(
                Set.of(
                        "senior Russian officials demands demand for Ukraine's withdrawal from Donetsk",
                        "demand for Ukraine's withdrawal from Donetsk of Ukraine",
                        "demand for Ukraine's withdrawal from Donetsk item Ukrainian withdrawal from Donetsk",
                        "Ukrainian withdrawal from Donetsk precondition start of negotiations"),
                graph.edges().stream()
                        .map(e -> graph.vertex(e.from()).label() + " " + e.kind() + " "
                                + graph.vertex(e.to()).label())
                        .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aPreconditionCycleIsMarked() {
        DatasetGraph store = Stores.inMemory();
        new Loader(store, Validation.none(), Inference.standard(), line -> {})
                .load(List.of(Path.of("ontology/parley.ttl"), Fixtures.fixture("analysis/three-party-cycle.trig")));
        Pictures pictures = new Pictures(
                new SummaryQueries(store), new IriSpace("https://w3id.org/parley/"), new StoreVersion(store));
        NegotiationGraph graph = pictures.negotiation();
        String ex = "http://example.org/";
        assertTrue(edge(graph, ex + "x", ex + "y", Edge.PRECONDITION).cycle());
        assertTrue(edge(graph, ex + "z", ex + "x", Edge.PRECONDITION).cycle());
        assertFalse(edge(graph, ex + "w", ex + "x", Edge.PRECONDITION).cycle(), "w leads into the cycle, not round it");
        assertTrue(graph.vertex(ex + "y").marked());
        assertFalse(graph.vertex(ex + "w").marked());
        String svg = pictures.whole().orElseThrow().svg();
        assertTrue(svg.contains("class=\"pp-edge pp-precondition pp-cycle\""));
        assertTrue(
                svg.contains("<title>x is a precondition for y (on a precondition cycle). Claim: A: x is a precondition"
                        + " for y</title>"));
        assertTrue(svg.contains("Precondition links on a cycle: 3."));
    }

    @Test
    void theRowsOfAnAnalysisGetTheLinksAmongTheirResources() {
        NegotiationGraph among = pictures()
                .negotiation()
                .among(Set.of(ID + "actor/washington", ID + "actor/ukraines-leaders", SEQUENCE));
        assertEquals(2, among.edges().size(), among.toString());
        assertNotNull(among.vertex(SEQUENCE));
    }

    @Test
    void everyTextIsEscaped() {
        Vertex odd = new Vertex("https://example.org/a?b=1&c=\"2\"", "<script>alert(1)</script> & co", "actor", false);
        Vertex other = new Vertex("https://example.org/b", "b", "demand", false);
        Edge e = new Edge(odd.iri(), other.iri(), "demands", null, false, List.of(new Claim(other.iri(), "x < y")));
        Edge f = new Edge(other.iri(), odd.iri(), "of", null, false, List.of(new Claim(other.iri(), "y")));
        NegotiationGraph graph =
                NegotiationGraph.of(List.of(e, f), java.util.Map.of(odd.iri(), odd, other.iri(), other));
        String svg = SvgPicture.write(ElkLayout.layout(graph), "t <", "d &", iri -> iri, null);
        assertFalse(svg.contains("<script>"));
        assertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
        assertTrue(svg.contains("href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\""));
        assertTrue(svg.contains("Claim: x &lt; y"));
        assertTrue(svg.contains("<title id=\"pp-title\">t &lt;</title>"));
    }
}
