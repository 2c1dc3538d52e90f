package org.w3id.parley.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The ontology is well-formed, documented, and declares every parley: term the project uses. */
class VocabularyTest {
    private static final Graph ONTOLOGY =
            RDFDataMgr.loadGraph(ProjectData.ONTOLOGY.resolve("parley.ttl").toString());
    private static final Pattern PARLEY_TERM =
            Pattern.compile("parley:([A-Za-z][A-Za-z0-9_]*)|<https://w3id\\.org/parley/ontology#([A-Za-z0-9_]+)>");

    private static Set<String> declared() {
        Set<String> terms = new TreeSet<>();
        ONTOLOGY.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(ProjectData.PARLEY))
                terms.add(t.getSubject().getURI().substring(ProjectData.PARLEY.length()));
        });
        return terms;
    }

    @Test
    void everyParleyTermUsedInDataShapesAndQueriesIsDeclared() throws IOException {
        Set<String> declared = declared();
        Set<String> undeclared = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> data = Files.walk(ProjectData.DATA);
                Stream<Path> queries = Files.walk(Path.of("src/main/resources"))) {
            files = Stream.concat(Stream.concat(data, queries), Stream.of(ProjectData.SHAPES))
                    .filter(p -> p.toString().matches(".*\\.(trig|ttl|rq)$"))
                    .toList();
        }
        for (Path file : files) {
            Matcher m = PARLEY_TERM.matcher(Files.readString(file));
            while (m.find()) {
                String term = m.group(1) != null ? m.group(1) : m.group(2);
                if (!declared.contains(term)) undeclared.add(file + ": parley:" + term);
            }
        }
        assertEquals(Set.of(), undeclared);
    }

    @Test
    void everyClassAndPropertyTheDataUsesIsDeclaredInTheOntology() {
        List<Binding> undeclared = ProjectData.select("""
                SELECT DISTINCT ?term WHERE {
                  GRAPH ?g { { ?s ?term ?o } UNION { ?s a ?term } }
                  FILTER (?g NOT IN (<https://w3id.org/parley/ontology>, <https://w3id.org/parley/shapes>, <https://w3id.org/parley/id/graph/inferred>))
                  FILTER (!STRSTARTS(STR(?term), STR(rdf:)) && !STRSTARTS(STR(?term), STR(rdfs:)) && !STRSTARTS(STR(?term), STR(owl:)))
                  FILTER NOT EXISTS { GRAPH <https://w3id.org/parley/ontology> { ?term a ?kind } }
                }""");
        assertEquals(List.of(), undeclared);
    }

    @Test
    void everyTermHasALabelAndADefinition() {
        List<Binding> undocumented = ProjectData.select("""
                SELECT DISTINCT ?term WHERE { GRAPH <https://w3id.org/parley/ontology> {
                  ?term a ?kind . FILTER(STRSTARTS(STR(?term), STR(parley:)))
                  FILTER (NOT EXISTS { ?term rdfs:label ?label } || NOT EXISTS { ?term skos:definition ?definition })
                } }""");
        assertEquals(List.of(), undocumented);
    }

    @Test
    void everyParleyTermIsDefinedByTheOntology() {
        Node ontology = NodeFactory.createURI("https://w3id.org/parley/ontology");
        Set<String> without = new TreeSet<>(declared());
        without.removeIf(term -> ONTOLOGY.contains(
                NodeFactory.createURI(ProjectData.PARLEY + term),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#isDefinedBy"),
                ontology));
        assertTrue(declared().size() > 80, "the terms: " + declared());
        assertTrue(without.isEmpty(), () -> "terms with no rdfs:isDefinedBy <" + ontology + ">: " + without);
    }

    @Test
    void theHeaderDescribesTheOntology() {
        List<Binding> header = ProjectData.select("""
                PREFIX vann: <http://purl.org/vocab/vann/>
                PREFIX dc: <http://purl.org/dc/elements/1.1/>
                SELECT * WHERE { GRAPH <https://w3id.org/parley/ontology> {
                  <https://w3id.org/parley/ontology> a owl:Ontology ; owl:versionIRI ?version ; dcterms:title ?title ;
                    dcterms:description ?description ; dc:creator ?creator ; dcterms:license ?license ;
                    dcterms:created ?created ; dcterms:modified ?modified ;
                    vann:preferredNamespacePrefix "parley" ; vann:preferredNamespaceUri ?ns .
                  FILTER (STR(?ns) = "https://w3id.org/parley/ontology#")
                } }""");
        assertEquals(1, header.size(), "ontology header incomplete");
    }

    @Test
    void theCoreTermsAreAsSpecified() {
        for (String cls : List.of("Actor", "Demand", "Concession", "Guarantee", "Claim"))
            assertTrue(ONTOLOGY.contains(parley(cls), RDF.type.asNode(), OWL.Class.asNode()), cls);
        assertTrue(ONTOLOGY.contains(parley("isPreconditionFor"), RDF.type.asNode(), OWL.TransitiveProperty.asNode()));
        assertTrue(ONTOLOGY.contains(parley("isPreconditionFor"), OWL.inverseOf.asNode(), parley("hasPrecondition")));
    }

    @Test
    void eachTermIsOneKindOfThingAsOwl2DlRequires() {
        List<Binding> punned = ProjectData.select("""
                SELECT ?term WHERE { GRAPH <https://w3id.org/parley/ontology> {
                  VALUES (?a ?b) { (owl:Class owl:ObjectProperty) (owl:Class owl:DatatypeProperty) (owl:ObjectProperty owl:DatatypeProperty)
                                   (owl:ObjectProperty owl:AnnotationProperty) (owl:DatatypeProperty owl:AnnotationProperty) }
                  ?term a ?a, ?b } }""");
        assertEquals(List.of(), punned);
        List<Binding> untyped = ProjectData.select("""
                SELECT ?p WHERE { GRAPH <https://w3id.org/parley/ontology> {
                  ?p a rdf:Property . FILTER NOT EXISTS { ?p a ?k . FILTER(?k IN (owl:ObjectProperty, owl:DatatypeProperty, owl:AnnotationProperty)) } } }""");
        assertEquals(List.of(), untyped);
    }

    @Test
    void theOntologyAndDataAreConsistentForJenasOwlReasoner() {
        DatasetGraph store = ProjectData.store();
        Graph union = Txn.calculateRead(store, () -> {
            Graph copy = GraphMemFactory.createDefaultGraph();
            store.getUnionGraph().find().forEachRemaining(copy::add);
            return copy;
        });
        InfModel inf = ModelFactory.createInfModel(
                ReasonerRegistry.getOWLMicroReasoner(), ModelFactory.createModelForGraph(union));
        ValidityReport report = inf.validate();
        StringBuilder problems = new StringBuilder();
        report.getReports().forEachRemaining(r -> problems.append(r).append('\n'));
        assertTrue(report.isValid(), problems::toString);
    }

    @Test
    void wikidataLinksAreOnlyTheCheckedItemsAndOnlyOnActorsPlacesAndTheWar() {
        Set<String> checked = Set.of(
                "Q212",
                "Q159",
                "Q30",
                "Q22686",
                "Q28935729",
                "Q7747",
                "Q3874799",
                "Q7184",
                "Q458",
                "Q1899",
                "Q649",
                "Q61",
                "Q15860072");
        List<Binding> links = ProjectData.select("""
                SELECT ?thing ?item ?kind WHERE {
                  ?thing owl:sameAs ?item . FILTER(STRSTARTS(STR(?item), "http://www.wikidata.org/entity/"))
                  OPTIONAL { ?thing a ?k . FILTER(?k IN (parley:Actor, parley:Place, parley:Conflict)) }
                  BIND(COALESCE(?k, "other") AS ?kind)
                }""");
        assertTrue(links.size() >= 10, links::toString);
        for (Binding link : links) {
            String item = link.get("item").getURI().substring("http://www.wikidata.org/entity/".length());
            assertTrue(checked.contains(item), "unchecked Wikidata item " + item + " on " + link.get("thing"));
            assertTrue(
                    link.get("kind").isURI(),
                    "Wikidata link on " + link.get("thing") + ", neither actor, place nor the war");
        }
    }

    private static Node parley(String local) {
        return NodeFactory.createURI(ProjectData.PARLEY + local);
    }
}
