package org.w3id.parley.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.w3id.parley.store.Stores;

/**
 * What an ontology engineer would do with Parley: load the ontology, the alignment bridge and every named graph of
 * the loaded article (the SHACL shapes aside: they are not OWL; and the loader's manifest, which no reader sees) into one ontology with the OWL API, check the OWL 2 DL
 * profile and ask HermiT whether it is consistent and every class satisfiable.
 */
class ReasonerTest {
    private static final Node SHAPES_GRAPH = NodeFactory.createURI("https://w3id.org/parley/shapes");
    private static final Path BRIDGE = ProjectData.ONTOLOGY.resolve("parley-align.ttl");
    private static final String ONTOLOGY = "https://w3id.org/parley/ontology";
    private static final String ALIGN = "https://w3id.org/parley/align";
    private static final String DATA = "urn:parley:test:data";

    private static OWLOntology everything;

    @BeforeAll
    static void load() throws OWLOntologyCreationException {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        // The data document imports these two by IRI; already in the manager, they are never fetched.
        parse(
                manager,
                RDFDataMgr.loadGraph(ProjectData.ONTOLOGY.resolve("parley.ttl").toString()),
                ONTOLOGY);
        parse(manager, RDFDataMgr.loadGraph(BRIDGE.toString()), ALIGN);
        Graph data = dataGraphs();
        Node header = NodeFactory.createURI(DATA);
        data.add(header, RDF.type.asNode(), OWL.Ontology.asNode());
        data.add(header, OWL.imports.asNode(), NodeFactory.createURI(ONTOLOGY));
        data.add(header, OWL.imports.asNode(), NodeFactory.createURI(ALIGN));
        everything = parse(manager, data, DATA);
    }

    /** Parses {@code graph} with the OWL API's own Turtle parser, never following an import to the network. */
    private static OWLOntology parse(OWLOntologyManager manager, Graph graph, String documentIri)
            throws OWLOntologyCreationException {
        // N-Triples is Turtle too, and needs no prefix syntax the OWL API's parser may not know.
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        RDFDataMgr.write(turtle, graph, Lang.NTRIPLES);
        OWLOntologyLoaderConfiguration config = new OWLOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.THROW_EXCEPTION)
                .setStrict(false);
        return manager.loadOntologyFromOntologyDocument(
                new StringDocumentSource(
                        turtle.toString(StandardCharsets.UTF_8),
                        IRI.create(documentIri),
                        new TurtleDocumentFormat(),
                        null),
                config);
    }

    private static void assertDl(OWLOntology ontology, String what) {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        List<OWLProfileViolation> violations = report.getViolations();
        assertEquals(
                0,
                violations.size(),
                () -> what + ": " + violations.size() + " OWL 2 DL profile violations:\n"
                        + violations.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void ontologyBridgeAndDataAreOwl2Dl() {
        assertTrue(
                everything.getAxiomCount() > 1_000,
                "the article's data is in: " + everything.getAxiomCount() + " axioms");
        assertEquals(3, everything.importsClosure().count(), "data, ontology and bridge");
        assertDl(everything, "ontology, bridge and data");
    }

    /**
     * Every property and class the data uses is declared by the ontology or the bridge, so that nothing is left for
     * a parser to guess (OWL 2 DL needs each IRI typed); RDF, RDFS and OWL's own terms need no declaration.
     */
    @Test
    void everyExternalTermTheDataUsesIsDeclared() {
        Graph declarations =
                RDFDataMgr.loadGraph(ProjectData.ONTOLOGY.resolve("parley.ttl").toString());
        RDFDataMgr.read(declarations, BRIDGE.toString());
        Set<String> undeclared = new TreeSet<>();
        dataGraphs().find().forEachRemaining(t -> {
            Node term = t.getPredicate().equals(RDF.type.asNode()) ? t.getObject() : t.getPredicate();
            if (!builtIn(term) && !declarations.contains(term, RDF.type.asNode(), Node.ANY))
                undeclared.add(term.getURI());
        });
        assertTrue(undeclared.isEmpty(), () -> "used by the data but declared nowhere: " + undeclared);
    }

    /**
     * The triples of the loaded article's named graphs, but for the shapes (SHACL is not OWL), the loader's manifest
     * (which no reader sees) and the ontology and bridge (loaded from their files).
     */
    private static Graph dataGraphs() {
        Graph data = GraphMemFactory.createDefaultGraph();
        DatasetGraph store = ProjectData.store();
        Set<Node> notData = Set.of(
                SHAPES_GRAPH, Stores.MANIFEST_GRAPH, NodeFactory.createURI(ONTOLOGY), NodeFactory.createURI(ALIGN));
        Txn.executeRead(
                store,
                () -> store.listGraphNodes().forEachRemaining(name -> {
                    if (!notData.contains(name)) store.getGraph(name).find().forEachRemaining(data::add);
                }));
        return data;
    }

    private static boolean builtIn(Node term) {
        String iri = term.getURI();
        return iri.startsWith(RDF.getURI()) || iri.startsWith(RDFS.getURI()) || iri.startsWith(OWL.getURI());
    }

    @Test
    void theBridgeAloneIsOwl2Dl() throws OWLOntologyCreationException {
        Graph bridge = RDFDataMgr.loadGraph(BRIDGE.toString());
        OWLOntology alone = parse(OWLManager.createOWLOntologyManager(), bridge, "urn:parley:test:bridge");
        assertEquals(
                ALIGN,
                alone.getOntologyID().getOntologyIRI().map(IRI::toString).orElse(""),
                "the bridge has its own ontology IRI");
        assertTrue(alone.imports().findAny().isEmpty(), "the bridge imports nothing");
        assertDl(alone, "the bridge on its own");
    }

    @Test
    void hermitFindsTheWholeConsistentWithNoUnsatisfiableClass() {
        OWLReasoner hermit = new ReasonerFactory().createReasoner(everything);
        try {
            assertTrue(hermit.isConsistent(), "HermiT: the ontology, the bridge and the data are inconsistent");
            Set<OWLClass> unsatisfiable = hermit.getUnsatisfiableClasses().getEntitiesMinusBottom();
            assertTrue(unsatisfiable.isEmpty(), () -> "unsatisfiable classes: " + unsatisfiable);
            // The reasoner saw the data: the article's author is a prov:Agent through parley:Person ⊑ parley:Actor.
            OWLClass agent = everything
                    .getOWLOntologyManager()
                    .getOWLDataFactory()
                    .getOWLClass(IRI.create("http://www.w3.org/ns/prov#Agent"));
            Set<String> agents = hermit.getInstances(agent, false)
                    .entities()
                    .map(i -> i.toStringID())
                    .collect(Collectors.toSet());
            assertTrue(agents.contains(ProjectData.ID + "actor/jennifer-kavanagh"), agents::toString);
        } finally {
            hermit.dispose();
        }
    }
}
