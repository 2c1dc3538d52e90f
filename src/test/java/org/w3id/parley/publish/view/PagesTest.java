package org.w3id.parley.publish.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.DC_11;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.parley.publish.Published;
import org.w3id.parley.testing.Article;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;

/** The HTML pages: what a person reads, built from the store, escaped, with the JSON-LD for machines inside. */
class PagesTest {
    private static final Published site = Published.on(Article.server());

    @Test
    void otherVocabulariesTermsAreNamedByPrefixSoAClaimsTypesAreDistinguishable() {
        String page = site.html("/id/claim/russian-officials-withdrawal-precondition-for-negotiations");
        Matcher types = Pattern.compile("<p>Type: (.*?)</p>").matcher(page);
        assertTrue(types.find(), "the claim's types are listed");
        List<String> labels = new ArrayList<>();
        Matcher link = Pattern.compile(">([^<]+)</a>").matcher(types.group(1));
        while (link.find()) labels.add(link.group(1));
        assertEquals(
                // schema.org's http scheme too, from the alignment bridge, named by its own prefix
                List.of("Claim", "prov:Entity", "schema:Claim", "schemahttp:Claim"),
                labels.stream().sorted().toList());
        assertTrue(page.contains("<a href=\"https://schema.org/Claim\">schema:Claim</a>"), "schema.org's Claim");
        assertTrue(page.contains("<a href=\"/ontology#Claim\">Claim</a>"), "Parley's own Claim keeps its label");

        String annotation = site.html("/id/annotation/dateline");
        assertTrue(annotation.contains(">oa:hasTarget</a>"), "Web Annotation properties are qualified too");
        assertTrue(annotation.contains(">oa:TextQuoteSelector</a>"), annotation);
    }

    @Test
    void aResourcePageShowsEachStatementWithTheQuotedSentenceHighlighted() {
        String page = site.html("/id/actor/russia");
        assertTrue(page.contains("<title>Russia · Parley</title>"), "title from the label");
        assertTrue(page.contains("<a href=\"/ontology#State\">State</a>"), "types link to the local ontology docs");
        // rdf:type parley:State is asserted in the entities graph; parley:wants comes from a claim with its words.
        assertTrue(page.contains("<a href=\"/id/benefit/sanctions-relief\">sanctions relief</a>"));
        assertTrue(
                page.contains(
                        "<mark>Firstly, the US has things Russia wants — normalised ties and sanctions relief — which Ukraine cannot give.</mark>"),
                "the claim's exact words, highlighted");
        assertTrue(
                page.contains(
                        "Though some in the administration, such as Special Envoy Steve Witkoff, have suggested it is the one issue holding up a peace deal, <mark>Russia has never seen this war as being primarily about territory.</mark>"),
                "a quote that is part of a sentence is shown inside that sentence");
        assertTrue(
                page.contains("<a href=\"/id/actor/jennifer-kavanagh\">Jennifer Kavanagh</a> · asserted"),
                "speaker and modality");
        assertTrue(page.contains("inferred at load time"), "inferred statements say so");
        assertTrue(
                page.contains("<a href=\"/id/actor/senior-russian-officials\">senior Russian officials</a>"),
                "incoming links are labelled links");
    }

    @Test
    void anActorPageListsTheDemandsMadeOnItsBehalf() {
        String page = site.html("/id/actor/russia");
        assertTrue(
                page.contains(
                        "<ul class=\"demands\"><li><a href=\"/id/demand/ukrainian-withdrawal-from-donetsk\">demand for Ukraine&#39;s withdrawal from Donetsk</a>"),
                page);
    }

    @Test
    void aClaimPageShowsItsWordsAndItsGraph() {
        String page = site.html("/id/claim/russian-officials-withdrawal-precondition-for-negotiations");
        assertTrue(
                page.contains(
                        "<mark>Senior Russian officials have repeatedly made clear that Ukraine’s withdrawal from Donetsk is a precondition for starting negotiations</mark> and would not guarantee the end of the war."));
        assertTrue(page.contains("The statements of this graph"));
        assertTrue(
                page.contains(
                        "<a href=\"/ontology#isPreconditionFor\">is precondition for</a></td><td><a href=\"/id/stage/start-of-negotiations\">start of negotiations</a>"));
    }

    @Test
    void textFromTheDataIsEscaped() {
        String page = site.html("/id/actor/russia");
        assertTrue(
                page.contains("Russia as a state; the article also calls its side &quot;the Russians&quot;."),
                "quotes in a comment are escaped");
        assertFalse(page.contains("calls its side \"the Russians\""));
    }

    @Test
    void theEmbeddedJsonLdIsTheResourcesDataAndNeedsNoRemoteContext() throws Exception {
        String page = site.html("/id/demand/ukrainian-withdrawal-from-donetsk");
        Matcher island = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page);
        assertTrue(island.find(), "a JSON-LD island");
        Graph embedded = Published.parse(island.group(1), Lang.JSONLD).getDefaultGraph();
        Graph turtle = Published.parse(
                        site.get("/id/demand/ukrainian-withdrawal-from-donetsk", "text/turtle")
                                .body(),
                        Lang.TURTLE)
                .getDefaultGraph();
        assertTrue(embedded.isIsomorphicWith(turtle));

        List<URI> fetched = new ArrayList<>();
        for (String path : List.of(
                "/id/demand/ukrainian-withdrawal-from-donetsk", "/id/actor/russia", "/ontology", "/id/dataset")) {
            String json = site.get(path, "application/ld+json").body();
            var expanded = JsonLd.expand(
                            JsonDocument.of(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                    .loader((url, options) -> {
                        fetched.add(url);
                        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no network: " + url);
                    })
                    .get();
            assertFalse(expanded.isEmpty(), path);
        }
        assertEquals(List.of(), fetched, "JSON-LD output expands without fetching any context");
    }

    @Test
    void theOntologyPageDocumentsEveryClassAndProperty() {
        String page = site.html("/ontology");
        Graph ontology = Published.parse(site.get("/ontology", "text/turtle").body(), Lang.TURTLE)
                .getDefaultGraph();
        int terms = 0;
        for (Node kind : List.of(OWL2.Class.asNode(), OWL2.ObjectProperty.asNode(), OWL2.DatatypeProperty.asNode())) {
            for (Node term : ontology.find(Node.ANY, RDF.type.asNode(), kind)
                    .mapWith(t -> t.getSubject())
                    .toList()) {
                if (!term.getURI().startsWith("https://w3id.org/parley/ontology#")) continue;
                String id = term.getURI().substring(term.getURI().indexOf('#') + 1);
                assertTrue(page.contains("<article class=\"term\" id=\"" + id + "\""), id);
                terms++;
            }
        }
        assertTrue(terms > 60, "the ontology has its classes and properties: " + terms);
        assertTrue(
                page.contains("<dt>Aligned to</dt><dd><a href=\"http://www.w3.org/ns/prov#Agent\">prov:Agent</a>"),
                "external alignments");
        assertTrue(page.contains("<dt>Examples in the data</dt>"), "example instances");
        assertTrue(page.contains("<dt>Domain</dt>") && page.contains("<dt>Range</dt>"));
        // Declared once (leadsTo conflictsWith doesNotLeadTo), shown at both ends.
        assertTrue(
                page.contains("<dt>Conflicts with</dt><dd><a href=\"/ontology#doesNotLeadTo\">does not lead to</a>"),
                page);
        assertTrue(page.contains("<dt>Conflicts with</dt><dd><a href=\"/ontology#leadsTo\">leads to</a>"), page);
        assertTrue(page.contains("<article class=\"term\" id=\"timeDescription\""), "annotation properties too");
    }

    @Test
    void theOntologyPageShowsItsHeaderPrefixesAndDatatypes() {
        String page = site.html("/ontology");
        Graph ontology = Published.parse(site.get("/ontology", "text/turtle").body(), Lang.TURTLE)
                .getDefaultGraph();
        Node header = NodeFactory.createURI("https://w3id.org/parley/ontology");
        for (var property :
                List.of(DC_11.creator, DCTerms.created, DCTerms.modified, OWL2.versionInfo, OWL2.versionIRI)) {
            var values = ontology.find(header, property.asNode(), Node.ANY).toList();
            assertEquals(1, values.size(), property.getLocalName());
            Node value = values.get(0).getObject();
            String shown = value.isURI() ? value.getURI() : value.getLiteralLexicalForm();
            assertTrue(page.contains(">" + shown + "<"), property.getLocalName() + " " + shown);
        }
        assertTrue(page.contains("<dt>Creator</dt><dd>Parley project</dd>"), page);
        assertTrue(page.contains("<dt>Created</dt><dd><time datetime=\"2026-11-27\">2026-11-27</time></dd>"), page);
        assertTrue(page.contains("<dt>Version IRI</dt>"), page);
        assertTrue(page.contains("https://creativecommons.org/licenses/by/4.0/"), "the licence");

        String prefixes = section(page, "prefixes");
        for (String used : List.of("parley", "owl", "rdfs", "skos", "dcterms", "prov", "schema", "oa", "vann"))
            assertTrue(prefixes.contains("<code>" + used + ":</code>"), used);
        assertTrue(prefixes.contains("<td class=\"iri\">http://www.w3.org/ns/prov#</td>"), prefixes);
        assertFalse(prefixes.contains("<code>dcat:</code>"), "a vocabulary the ontology does not use is not listed");

        String datatypes = section(page, "datatypes");
        assertFalse(datatypes.contains("<article class=\"term\""), "CAMEO codes are SKOS concepts now: " + datatypes);
        assertTrue(datatypes.contains("None"), datatypes);
        String properties = section(page, "properties");
        assertTrue(properties.contains("<article class=\"term\" id=\"cameoEvent\""), properties);
        assertTrue(properties.contains("CAMEO event"), properties);
    }

    private static String section(String page, String id) {
        int start = page.indexOf("<h2 id=\"" + id + "\">");
        assertTrue(start >= 0, "section " + id);
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }

    /**
     * A page without an icon of its own makes the browser ask for {@code /favicon.ico}, a 404 on every visit; and links
     * in the light accent colour are 2.8:1 on a dark canvas.
     */
    @Test
    void everyPageBringsItsIconAndADarkModeAccent() {
        for (String path : List.of("/", "/id/actor/russia", "/queries/", "/ontology")) {
            String page = site.html(path);
            assertTrue(page.contains("<link rel=\"icon\" href=\"data:image/svg+xml,"), path);
            assertTrue(page.contains("@media (prefers-color-scheme: dark) { :root { --accent: #7ab7ff;"), path);
        }
    }
}
