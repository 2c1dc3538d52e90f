package org.w3id.parley.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * Questions a consumer who knows only FOAF, ORG, schema.org (either scheme), PROV, SKOS, DCTERMS, Web Annotation
 * and Wikidata asks of the article, with no Parley term in them, each answered as the article has it. They are
 * answered because the loader materialises the alignment bridge (ontology/parley-align.ttl) and owl:sameAs.
 *
 * <p>Every question asks about what is not a position (entities, claim metadata, the source, the ontology), so it
 * is in the default graph whether that graph is the union of the named graphs or the reading view that keeps
 * positions in their claim graphs: the questions read the default graph, with no {@code GRAPH}.
 */
class AlignedQuestionsTest {
    private static final String PREFIXES = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX schema: <https://schema.org/>
            PREFIX schemahttp: <http://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX wd: <http://www.wikidata.org/entity/>
            """;
    private static final String ID = ProjectData.ID;
    private static final String WD = "http://www.wikidata.org/entity/";

    /** The values of the query's only variable, over the default graph: an IRI as is, a literal as its lexical form. */
    private static Set<String> answers(String query) {
        DatasetGraph store = ProjectData.store();
        return Txn.calculateRead(store, () -> {
            Set<String> values = new TreeSet<>();
            QueryExec.dataset(store)
                    .query(QueryFactory.create(PREFIXES + query))
                    .select()
                    .forEachRemaining(row -> row.vars().forEachRemaining(v -> values.add(text(row.get(v)))));
            return values;
        });
    }

    private static String text(Node node) {
        return node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    private static Set<String> ids(String... paths) {
        Set<String> iris = new TreeSet<>();
        for (String path : paths) iris.add(path.startsWith("http") ? path : ID + path);
        return iris;
    }

    private static void assertContains(Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        assertTrue(missing.isEmpty(), () -> "missing " + missing + " from " + actual);
    }

    @Test
    void foafAgentsAreTheActorsTheAuthorAndTheOrganisations() {
        Set<String> agents =
                answers("SELECT ?x WHERE { ?x a foaf:Agent FILTER (STRSTARTS(STR(?x), STR(<" + ID + ">))) }");
        assertContains(
                ids(
                        "actor/jennifer-kavanagh",
                        "actor/vladimir-putin",
                        "actor/moscow",
                        "actor/nato",
                        "actor/senior-russian-officials",
                        "actor/ukraine",
                        "organization/unherd",
                        "organization/defense-priorities"),
                agents);
        assertTrue(agents.stream().noneMatch(a -> a.contains("/concession/")), "a concession is no agent");
    }

    @Test
    void foafGroupsAreTheCollectiveSpeakers() {
        assertEquals(
                ids(
                        "actor/senior-russian-officials",
                        "actor/some-in-the-administration",
                        "actor/ukraines-leaders",
                        "actor/ukrainian-delegation",
                        "actor/us-negotiators"),
                answers("SELECT ?x WHERE { ?x a foaf:Group }"));
    }

    @Test
    void schemaOrganizationsAreTheGovernmentsNatoAndThePublishersInBothSchemes() {
        Set<String> expected = ids(
                "actor/kyiv",
                "actor/moscow",
                "actor/washington",
                "actor/trump-administration",
                "actor/nato",
                "organization/unherd",
                "organization/defense-priorities");
        String local = " FILTER (STRSTARTS(STR(?x), STR(<" + ID + ">))) }";
        assertEquals(expected, answers("SELECT ?x WHERE { ?x a schema:Organization" + local));
        assertEquals(expected, answers("SELECT ?x WHERE { ?x a schemahttp:Organization" + local));
        assertEquals(
                ids("actor/kyiv", "actor/moscow", "actor/washington", "actor/trump-administration"),
                answers("SELECT ?x WHERE { ?x a schemahttp:GovernmentOrganization" + local));
    }

    @Test
    void theCreativeWorkIsTheArticleInBothSchemes() {
        assertEquals(ids("article/conceding-donetsk"), answers("SELECT ?x WHERE { ?x a schema:CreativeWork }"));
        assertEquals(
                Set.of("Conceding Donetsk won't end the war in Ukraine"),
                answers("SELECT ?h WHERE { ?x a schemahttp:CreativeWork ; schemahttp:headline ?h }"));
    }

    @Test
    void provPersonsIncludeTheAuthorAndTheLeadersByTheirWikidataIris() {
        Set<String> persons = answers("SELECT ?x WHERE { ?x a prov:Person }");
        assertContains(
                ids(
                        "actor/jennifer-kavanagh",
                        "actor/steve-witkoff",
                        "actor/vladimir-putin",
                        WD + "Q7747",
                        WD + "Q22686",
                        WD + "Q28935729"),
                persons);
        assertTrue(persons.stream().noneMatch(p -> p.endsWith("/actor/moscow")), "a government is no person");
    }

    @Test
    void putinsWikidataIriHasHisNameInBothSchemes() {
        assertEquals(Set.of("Vladimir Putin"), answers("SELECT ?n WHERE { wd:Q7747 schema:name ?n }"));
        assertEquals(Set.of("Vladimir Putin"), answers("SELECT ?n WHERE { wd:Q7747 schemahttp:name ?n }"));
        assertEquals(
                Set.of("JD Vance"),
                answers("SELECT ?n WHERE { ?p a schemahttp:Person ; schemahttp:name ?n ."
                        + " FILTER (?p = wd:Q28935729) }"));
    }

    @Test
    void theAuthorOfVancesQuotedClaimIsVance() {
        assertEquals(
                ids("actor/jd-vance", WD + "Q28935729"),
                answers("SELECT ?a WHERE { <" + ID
                        + "claim/vance-ukrainians-want-guarantees-russians-want-territory> schema:author ?a }"));
    }

    @Test
    void claimsAttributedToVancesWikidataIri() {
        assertEquals(
                ids("claim/vance-ukrainians-want-guarantees-russians-want-territory"),
                answers("SELECT ?c WHERE { ?c prov:wasAttributedTo wd:Q28935729 ; a schema:Claim }"));
        assertEquals(
                ids("claim/vance-ukrainians-want-guarantees-russians-want-territory"),
                answers("SELECT ?c WHERE { ?c schemahttp:author wd:Q28935729 }"));
    }

    @Test
    void theArticlesCreatorPublisherAndIssueDateInDcterms() {
        String article = "<" + ID + "article/conceding-donetsk>";
        assertEquals(ids("actor/jennifer-kavanagh"), answers("SELECT ?c WHERE { " + article + " dcterms:creator ?c }"));
        assertEquals(
                Set.of("UnHerd"),
                answers("SELECT ?n WHERE { " + article + " dcterms:publisher ?p . ?p schema:name ?n }"));
        assertEquals(
                Set.of("2026-01-28T12:10:00"),
                answers("SELECT ?d WHERE { " + article + " dcterms:issued ?d FILTER (DATATYPE(?d) = xsd:dateTime) }"));
        assertEquals(
                ids("actor/jennifer-kavanagh"), answers("SELECT ?c WHERE { " + article + " schemahttp:author ?c }"));
    }

    @Test
    void theArticlesTextIsPlainTextByItsIanaMediaType() {
        assertEquals(
                Set.of("https://www.iana.org/assignments/media-types/text/plain"),
                answers("SELECT ?f WHERE { ?text dcterms:isFormatOf <" + ID
                        + "article/conceding-donetsk> ; dcterms:format ?f . ?f a dcterms:IMT }"));
    }

    @Test
    void theModalitiesAreASkosSchemeWithSixPreferredLabels() {
        assertEquals(
                Set.of("asserted", "reported", "quoted", "predicted", "recommended", "hedged"),
                answers(
                        "SELECT ?label WHERE { ?scheme a skos:ConceptScheme ; skos:prefLabel \"Claim modality scheme\"@en ;"
                                + " skos:hasTopConcept ?m . ?m skos:inScheme ?scheme ; skos:prefLabel ?label }"));
    }

    @Test
    void cameoCodesAreSkosNotationsOfConcepts() {
        assertEquals(
                Set.of("Retreat or surrender militarily"),
                answers("SELECT ?label WHERE { ?c a skos:Concept ; skos:notation \"0874\" ; skos:prefLabel ?label }"));
        assertEquals(
                Set.of("0874", "085"),
                answers("SELECT ?code WHERE { ?scheme skos:prefLabel \"CAMEO event codes\"@en ."
                        + " ?c skos:inScheme ?scheme ; skos:notation ?code }"));
    }

    @Test
    void theAgendaTopicsAreTenSkosConcepts() {
        Set<String> topics =
                answers("SELECT ?label WHERE { ?scheme skos:prefLabel \"Agenda topics of the war in Ukraine\"@en ."
                        + " ?t a skos:Concept ; skos:inScheme ?scheme ; skos:prefLabel ?label }");
        assertEquals(10, topics.size(), topics::toString);
        assertTrue(topics.contains("root causes of the war"), topics::toString);
    }

    @Test
    void webAnnotationsAnchorEveryClaimAndTheDatelineInTheArticlesText() {
        Set<String> claims = answers("SELECT ?c WHERE { ?c a schema:Claim }");
        Set<String> bodies = answers("SELECT ?body WHERE { ?a a oa:Annotation ; oa:hasBody ?body ; oa:hasTarget ?t ."
                + " ?t oa:hasSource ?text . ?text dcterms:isFormatOf <" + ID + "article/conceding-donetsk> }");
        assertTrue(claims.size() >= 30, claims::toString);
        assertContains(claims, bodies);
        assertContains(ids("article/conceding-donetsk", "actor/jennifer-kavanagh"), bodies);
        assertEquals(
                Set.of("January 28, 2026 - 12:10pm"),
                answers("SELECT ?words WHERE { ?a oa:hasBody <" + ID + "article/conceding-donetsk> ;"
                        + " oa:hasTarget/oa:hasSelector/oa:exact ?words }"));
    }

    @Test
    void whoSpeaksForRussiaByItsWikidataIri() {
        assertEquals(
                ids("actor/moscow", "actor/senior-russian-officials"),
                answers("SELECT ?x WHERE { ?x prov:actedOnBehalfOf wd:Q159 FILTER (STRSTARTS(STR(?x), STR(<" + ID
                        + ">))) }"));
    }

    @Test
    void theSpecialEnvoysPostIsInTheTrumpAdministration() {
        assertEquals(
                Set.of("Trump administration"),
                answers("SELECT ?n WHERE { ?p a foaf:Person ; org:holds ?post . ?post org:postIn ?o ."
                        + " ?o a org:Organization ; schema:name ?n . ?p schema:name \"Steve Witkoff\"@en }"));
    }

    @Test
    void whereTheUkrainianGovernmentSitsByWikidataIri() {
        assertEquals(ids("actor/kyiv"), answers("SELECT ?g WHERE { ?g schema:location wd:Q1899 }"));
        assertContains(
                ids("place/kyiv", "place/moscow", "place/washington", "place/donetsk"),
                answers("SELECT ?l WHERE { ?l a prov:Location }"));
    }

    @Test
    void whatIsAboutUkraineByItsWikidataIri() {
        Set<String> about = answers("SELECT ?x WHERE { ?x schemahttp:about wd:Q212 }");
        assertContains(
                ids(
                        "concession/further-territorial-loss",
                        "topic/size-of-ukraines-military",
                        "topic/non-aligned-status",
                        "topic/ties-to-europe"),
                about);
    }

    @Test
    void theStatesAreCountriesByTheirWikidataIris() {
        assertContains(
                Set.of(WD + "Q212", WD + "Q159", WD + "Q30"), answers("SELECT ?x WHERE { ?x a schemahttp:Country }"));
    }

    @Test
    void theWarIsAnEventByItsWikidataIri() {
        assertEquals(
                Set.of("war in Ukraine"), answers("SELECT ?n WHERE { wd:Q15860072 a schema:Event ; schema:name ?n }"));
    }

    @Test
    void everyClaimIsDerivedFromTheArticleAndAttributed() {
        List<String> unattributed = List.copyOf(answers("SELECT ?c WHERE { ?c a schema:Claim ;"
                + " prov:wasDerivedFrom ?source . FILTER NOT EXISTS { ?c prov:wasAttributedTo ?who } }"));
        assertTrue(unattributed.isEmpty(), () -> "claims attributed to no one: " + unattributed);
        assertEquals(
                ids("article/conceding-donetsk"),
                answers("SELECT DISTINCT ?s WHERE { ?c a schema:Claim ; prov:wasDerivedFrom ?s }"));
    }

    @Test
    void theAuthorsPostsAreAtDefensePriorities() {
        assertEquals(
                Set.of("Defense Priorities"),
                answers("SELECT DISTINCT ?n WHERE { <" + ID + "article/conceding-donetsk> dcterms:creator ?author ."
                        + " ?author org:holds ?post ."
                        + " ?post org:postIn ?o . ?o a foaf:Organization ; schemahttp:name ?n }"));
    }
}
