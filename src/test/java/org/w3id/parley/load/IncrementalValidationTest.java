package org.w3id.parley.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.parley.generate.CorpusGenerator;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Article;
import org.w3id.parley.vocab.Parley;
import org.w3id.parley.vocab.ParleyId;

/**
 * Incremental SHACL validation (issue 14): after a change, validating only the {@link AffectedNodes} gives, at those
 * nodes, exactly the results a full validation gives; and a full validation gives no other result that it did not
 * give before the change, so checking the affected nodes alone is sound. Checked on seeded random changes to the
 * article's data graphs (ontology/ and data/, every named graph but the inferred one, as the loader validates them),
 * and on random graphs under shapes with inverse, sequence, alternative and repeated paths.
 */
class IncrementalValidationTest {
    private static final Validation VALIDATION = Validation.fromFile(Article.SHAPES);
    private static final Node OA_HAS_SELECTOR = NodeFactory.createURI("http://www.w3.org/ns/oa#hasSelector");
    private static final Node OA_SPECIFIC_RESOURCE = NodeFactory.createURI("http://www.w3.org/ns/oa#SpecificResource");

    /** The article as the loader validates it: the union of its data graphs, without the inferred graph. */
    private static Graph article;
    /**
     * Its triples without a blank node (those of the shapes file, loaded with the ontology), in a stable order, so
     * that a seed picks the same triples on every run: a blank node's label changes from run to run.
     */
    private static List<Triple> articleTriples;
    /** The named graphs holding each triple (to remove a claim's graph from the union, where nothing else holds it). */
    private static List<Quad> articleQuads;

    @BeforeAll
    static void readArticle() {
        DatasetGraph store = Article.store();
        articleQuads = Txn.calculateRead(
                store,
                () -> store.stream(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                        .filter(q -> !q.isDefaultGraph() && !q.getGraph().equals(ParleyId.INFERRED_GRAPH))
                        .filter(q -> Stores.isData(q.getGraph()))
                        .toList());
        article = GraphMemFactory.createDefaultGraph();
        articleQuads.forEach(q -> article.add(q.asTriple()));
        articleTriples = sorted(article.find()
                .filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank())
                .toList());
        // So the article's results before any change, which check() compares with, are none.
        assertTrue(VALIDATION.report(article).conforms(), "the article conforms before any change");
    }

    // ---- The article, changed at random

    /** A change to the union of data graphs: what it adds and what it removes. */
    record Change(Set<Triple> added, Set<Triple> removed) {
        Change plus(Change other) {
            Set<Triple> add = new LinkedHashSet<>(added);
            add.addAll(other.added);
            Set<Triple> remove = new LinkedHashSet<>(removed);
            remove.addAll(other.removed);
            remove.removeAll(add);
            return new Change(add, remove);
        }
    }

    /** The kinds of change, each with a seed, and whether it must break a shape. */
    static Stream<Arguments> articleChanges() {
        List<Arguments> cases = new ArrayList<>();
        for (long seed = 1; seed <= 6; seed++) {
            cases.add(Arguments.of("remove random triples", seed, false));
            cases.add(Arguments.of("remove a claim and its graph", seed, false));
            cases.add(Arguments.of("drop the types of an actor a claim names", seed, true));
            cases.add(Arguments.of("drop a quote target's selector", seed, true));
            cases.add(Arguments.of("add a second value where a shape allows one", seed, true));
            cases.add(Arguments.of("add a claim stated by an untyped actor", seed, true));
            cases.add(Arguments.of("several of these at once", seed, false));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("articleChanges")
    void theAffectedNodesGiveTheFullReportsResults(String kind, long seed, boolean breaksAShape) {
        Random random = new Random(seed);
        Change change = change(kind, random, seed);
        Checked checked = check(article, change);
        if (breaksAShape)
            assertFalse(
                    checked.incremental().isEmpty(),
                    kind + " breaks a shape, and the check of the affected nodes finds it: " + change);
    }

    /** The issue's own case: a new claim names as its speaker an actor that lacks its type. */
    @Test
    void aClaimStatedByAnUntypedActorIsRefused() {
        for (Node link : List.of(Parley.statedBy, Parley.heldBy)) {
            Node claim = id("claim/stated-by-nobody-" + link.getLocalName());
            Node nobody = id("actor/nobody-" + link.getLocalName());
            Change change = claimNaming(claim, nobody, link, new Random(7));
            Checked checked = check(article, change);
            List<Result> atClaim = checked.incremental().stream()
                    .filter(r -> r.focus().equals(claim))
                    .toList();
            assertEquals(
                    List.of(new Result(
                            claim,
                            "<" + link.getURI() + ">",
                            NodeFactory.createURI("https://w3id.org/parley/shapes#Claim"
                                    + capitalised(link.getLocalName()) + "Shape"),
                            SHACL.Violation,
                            atClaim.isEmpty() ? "" : atClaim.get(0).message(),
                            nobody,
                            SHACL.ClassConstraintComponent)),
                    atClaim,
                    "the claim's " + link.getLocalName() + " names an actor that is no parley:Actor");
            assertTrue(
                    atClaim.get(0).message().contains("must be a parley:Actor"),
                    atClaim.get(0).message());
        }
    }

    /** Bounded: a new claim touches its own neighbourhood, not the whole article. */
    @Test
    void aNewClaimAffectsOnlyItsNeighbourhood() {
        Node claim = id("claim/one-more");
        Node speaker = id("actor/jennifer-kavanagh");
        Change change = claimNaming(claim, speaker, Parley.statedBy, new Random(3));
        Graph after = applied(article, change);
        Set<Node> affected = VALIDATION.affectedNodes().of(change.added(), change.removed(), scanFree(after));
        long subjects =
                articleTriples.stream().map(Triple::getSubject).distinct().count();
        assertTrue(affected.contains(claim) && affected.contains(speaker), affected.toString());
        assertTrue(
                affected.size() * 10 < subjects,
                affected.size() + " affected of " + subjects + " subjects: " + affected);
        assertTrue(VALIDATION.report(after, affected).conforms(), "a claim like the others conforms");
    }

    @Test
    void aShapeReadingTriplesUnconnectedToItsFocusNodeIsRefused() {
        Shapes shapes = shapes("""
                ex:S a sh:NodeShape ; sh:targetClass ex:A ;
                    sh:sparql [ sh:select "SELECT $this WHERE { $this <http://example.org/p> ?v . FILTER NOT EXISTS { ?x <http://example.org/off> true } }" ] .
                """);
        UnboundedShapes refused = assertThrows(UnboundedShapes.class, () -> new AffectedNodes(shapes));
        assertTrue(refused.getMessage().contains("do not connect to $this"), refused.getMessage());
        assertTrue(refused.getMessage().contains("http://example.org/S"), refused.getMessage());
    }

    private static Change change(String kind, Random random, long seed) {
        return switch (kind) {
            case "remove random triples" -> removeTriples(random);
            case "remove a claim and its graph" -> removeClaim(random);
            case "drop the types of an actor a claim names" -> untypeActor(random);
            case "drop a quote target's selector" -> dropSelector(random);
            case "add a second value where a shape allows one" -> secondValue(random);
            case "add a claim stated by an untyped actor" ->
                claimNaming(
                        id("claim/random-" + seed),
                        id("actor/untyped-" + seed),
                        random.nextBoolean() ? Parley.statedBy : Parley.heldBy,
                        random);
            default -> {
                List<String> kinds = List.of(
                        "remove random triples",
                        "remove a claim and its graph",
                        "drop the types of an actor a claim names",
                        "drop a quote target's selector",
                        "add a second value where a shape allows one");
                Change all = new Change(Set.of(), Set.of());
                for (int i = 0; i < 3; i++)
                    all = all.plus(change(kinds.get(random.nextInt(kinds.size())), random, seed));
                yield all;
            }
        };
    }

    private static Change removeTriples(Random random) {
        Set<Triple> removed = new LinkedHashSet<>();
        int count = 1 + random.nextInt(4);
        while (removed.size() < count) removed.add(pick(articleTriples, random));
        return new Change(Set.of(), removed);
    }

    private static Change removeClaim(Random random) {
        Node claim = pick(subjectsOfType(Parley.Claim), random);
        Set<Triple> held = articleQuads.stream()
                .filter(q -> q.getGraph().equals(claim))
                .map(Quad::asTriple)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        // The union loses a triple of the claim's graph only when no other graph holds it too.
        Set<Triple> heldElsewhere = articleQuads.stream()
                .filter(q -> !q.getGraph().equals(claim))
                .map(Quad::asTriple)
                .collect(Collectors.toSet());
        held.removeAll(heldElsewhere);
        held.addAll(article.find(claim, Node.ANY, Node.ANY).toList());
        return new Change(Set.of(), held);
    }

    private static Change untypeActor(Random random) {
        List<Node> named = sorted(Stream.of(Parley.statedBy, Parley.heldBy)
                .flatMap(p -> article.find(Node.ANY, p, Node.ANY).mapWith(Triple::getObject).toList().stream())
                .distinct()
                .toList());
        Node actor = pick(named, random);
        return new Change(
                Set.of(),
                new LinkedHashSet<>(
                        article.find(actor, RDF.type.asNode(), Node.ANY).toList()));
    }

    private static Change dropSelector(Random random) {
        Node target = pick(subjectsOfType(OA_SPECIFIC_RESOURCE), random);
        Triple selector =
                pick(sorted(article.find(target, OA_HAS_SELECTOR, Node.ANY).toList()), random);
        return new Change(Set.of(), Set.of(selector));
    }

    /**
     * A second value for a property that a shape with a class target allows once ({@code sh:maxCount 1}), on a node of
     * that class; the pairs of class and property are read from the shapes, not listed here.
     */
    private static Change secondValue(Random random) {
        Graph shapes = RDFDataMgr.loadGraph(Article.SHAPES.toString());
        List<Triple> candidates = new ArrayList<>();
        String query = """
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                SELECT DISTINCT ?class ?p WHERE {
                    ?shape sh:targetClass ?class ; sh:property ?property .
                    ?property sh:path ?p ; sh:maxCount 1 .
                    FILTER isIRI(?p)
                }""";
        try (QueryExecution exec = QueryExecution.create(query, ModelFactory.createModelForGraph(shapes))) {
            exec.execSelect().forEachRemaining((QuerySolution row) -> {
                Node type = row.get("class").asNode();
                Node p = row.get("p").asNode();
                for (Node instance : subjectsOfType(type))
                    candidates.addAll(article.find(instance, p, Node.ANY).toList());
            });
        }
        Triple existing = pick(sorted(candidates), random);
        Node object = existing.getObject();
        Node another;
        if (!object.isLiteral()) another = id("another/" + random.nextInt(1000));
        else if (!object.getLiteralLanguage().isEmpty())
            another = NodeFactory.createLiteralLang(
                    object.getLiteralLexicalForm() + " again", object.getLiteralLanguage());
        else another = NodeFactory.createLiteralDT(object.getLiteralLexicalForm() + "7", object.getLiteralDatatype());
        return new Change(Set.of(Triple.create(existing.getSubject(), existing.getPredicate(), another)), Set.of());
    }

    /**
     * A new claim made like an existing one (its label, modality, source and quote), but whose {@code link}
     * ({@code parley:statedBy} or {@code parley:heldBy}) names {@code actor}; an actor with a label and, unless the
     * article describes it already, no type.
     */
    private static Change claimNaming(Node claim, Node actor, Node link, Random random) {
        Node model = pick(subjectsOfType(Parley.Claim), random);
        Set<Triple> added = new LinkedHashSet<>();
        article.find(model, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.getPredicate().equals(link)) added.add(Triple.create(claim, t.getPredicate(), t.getObject()));
        });
        added.add(Triple.create(claim, link, actor));
        if (!article.contains(actor, Node.ANY, Node.ANY))
            added.add(Triple.create(actor, RDFS.label.asNode(), NodeFactory.createLiteralLang("Nobody", "en")));
        return new Change(added, Set.of());
    }

    // ---- A generated corpus, one article more

    /**
     * The loader's own case: a store of generated articles gets one more. Article k of a corpus is the same whatever
     * the corpus's size, so the corpus of four is the corpus of three plus the fourth article.
     */
    @Test
    void anArticleAddedToACorpusAffectsItsNeighbourhoodOnly(@TempDir Path tmp) throws IOException {
        Graph three = corpusUnion(tmp.resolve("three"), 3);
        Graph four = corpusUnion(tmp.resolve("four"), 4);
        List<Result> threeResults = results(VALIDATION.report(three));
        assertEquals(List.of(), threeResults, "a generated corpus conforms");
        Change oneMore = new Change(difference(four, three), difference(three, four));
        Checked checked = check(VALIDATION, three, threeResults, oneMore);
        assertEquals(List.of(), checked.incremental(), "the fourth article conforms");

        List<Node> oldClaims = sorted(three.find(Node.ANY, RDF.type.asNode(), Parley.Claim)
                .mapWith(Triple::getSubject)
                .toList());
        List<Node> newClaims = four.find(Node.ANY, RDF.type.asNode(), Parley.Claim)
                .mapWith(Triple::getSubject)
                .filterDrop(oldClaims::contains)
                .toList();
        assertFalse(newClaims.isEmpty(), "the fourth article has claims");
        assertTrue(checked.affected().containsAll(newClaims), "each new claim is checked");
        long oldClaimsChecked =
                oldClaims.stream().filter(checked.affected()::contains).count();
        assertTrue(
                oldClaimsChecked * 4 < oldClaims.size(),
                oldClaimsChecked + " of the " + oldClaims.size() + " claims already there are checked again");

        // The same article, naming as a speaker an actor whose type another change removed.
        Node claim = newClaims.get(0);
        Node speaker = four.find(claim, Parley.statedBy, Node.ANY).next().getObject();
        Set<Triple> untyped = new LinkedHashSet<>(oneMore.removed());
        untyped.addAll(four.find(speaker, RDF.type.asNode(), Node.ANY).toList());
        Set<Triple> added = new LinkedHashSet<>(oneMore.added());
        added.removeAll(untyped);
        Checked broken = check(VALIDATION, three, threeResults, new Change(added, untyped));
        assertTrue(
                broken.incremental().stream().anyMatch(r -> r.focus().equals(claim) && speaker.equals(r.value())),
                "the new claim's untyped speaker is found: " + broken.incremental());
    }

    /** The union of the data graphs of {@code articles} generated articles (seed 7), loaded with the ontology. */
    private static Graph corpusUnion(Path dir, int articles) throws IOException {
        Files.createDirectories(dir);
        new CorpusGenerator(7, line -> {}).generate(articles, dir);
        DatasetGraph store = Stores.inMemory();
        new Loader(store, VALIDATION, Inference.standard(), line -> {}).load(List.of(Article.ONTOLOGY, dir));
        Graph union = GraphMemFactory.createDefaultGraph();
        Txn.executeRead(
                store,
                () -> store.stream(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                        .filter(q -> !q.isDefaultGraph() && !q.getGraph().equals(ParleyId.INFERRED_GRAPH))
                        .filter(q -> Stores.isData(q.getGraph()))
                        .forEach(q -> union.add(q.asTriple())));
        return union;
    }

    private static Set<Triple> difference(Graph graph, Graph less) {
        return graph.find().filterDrop(less::contains).toSet();
    }

    // ---- Random graphs under shapes with every kind of path

    private static final String RANDOM_SHAPES = """
            ex:S1 a sh:NodeShape ; sh:targetClass ex:A ;
                sh:property [ sh:path ( ex:p [ sh:inversePath ex:q ] ) ; sh:class ex:C ; sh:maxCount 2 ] ;
                sh:property [ sh:path [ sh:alternativePath ( ex:q ex:r ) ] ; sh:node ex:S2 ] ;
                sh:property [ sh:path [ sh:zeroOrMorePath ex:r ] ;
                              sh:qualifiedValueShape [ sh:class ex:B ] ; sh:qualifiedMaxCount 1 ] .
            ex:S2 a sh:NodeShape ;
                sh:property [ sh:path ex:p ; sh:minCount 1 ] ;
                sh:not [ sh:class ex:A ] .
            ex:S3 a sh:NodeShape ; sh:targetObjectsOf ex:r ;
                sh:property [ sh:path [ sh:oneOrMorePath [ sh:inversePath ex:p ] ] ; sh:maxCount 3 ;
                              sh:or ( [ sh:class ex:B ] [ sh:nodeKind sh:Literal ] ) ] .
            ex:S4 a sh:NodeShape ; sh:targetSubjectsOf ex:q ;
                sh:sparql [ sh:select \"\"\"
                    SELECT $this ?value WHERE {
                        $this <http://example.org/p>/<http://example.org/p> ?value .
                        FILTER NOT EXISTS { ?value a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* <http://example.org/C> }
                    }\"\"\" ] .
            """;
    private static final List<Node> RANDOM_NODES =
            IntStream.range(0, 10).mapToObj(i -> ex("n" + i)).toList();
    private static final List<Node> RANDOM_PREDICATES = List.of(ex("p"), ex("q"), ex("r"));
    private static final List<Node> RANDOM_CLASSES = List.of(ex("A"), ex("B"), ex("C"));

    @Test
    void randomChangesToRandomGraphsUnderEveryKindOfPath() {
        Validation validation = validationOf(RANDOM_SHAPES);
        int changedResults = 0;
        int unaffected = 0;
        for (long seed = 1; seed <= 60; seed++) {
            Random random = new Random(seed);
            Graph before = GraphMemFactory.createDefaultGraph();
            for (int i = 0; i < 25; i++) before.add(randomTriple(random));
            List<Triple> present = sorted(before.find().toList());
            Set<Triple> removed = new LinkedHashSet<>();
            Set<Triple> added = new LinkedHashSet<>();
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) removed.add(pick(present, random));
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                Triple t = randomTriple(random);
                if (!before.contains(t)) added.add(t);
            }
            removed.removeAll(added);
            Checked checked = check(validation, before, results(validation.report(before)), new Change(added, removed));
            changedResults += checked.changedResults();
            unaffected += RANDOM_NODES.size()
                    - (int) RANDOM_NODES.stream()
                            .filter(checked.affected()::contains)
                            .count();
        }
        // Not vacuous: changes did alter results, and the affected nodes were not simply all of them.
        assertTrue(changedResults > 20, changedResults + " results changed over 60 random changes");
        assertTrue(unaffected > 100, unaffected + " node-changes left unaffected over 60 random changes");
    }

    private static Triple randomTriple(Random random) {
        Node subject = pick(RANDOM_NODES, random);
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> Triple.create(subject, RDF.type.asNode(), pick(RANDOM_CLASSES, random));
            case 3 -> Triple.create(ex("B"), RDFS.subClassOf.asNode(), ex("C"));
            default -> Triple.create(subject, pick(RANDOM_PREDICATES, random), pick(RANDOM_NODES, random));
        };
    }

    private static Node ex(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }

    // ---- The check

    /** One validation result, as both reports give it. */
    record Result(Node focus, String path, Node shape, Node severity, String message, Node value, Node component) {
        static Result of(ReportEntry entry) {
            return new Result(
                    entry.focusNode(),
                    entry.resultPath() == null ? null : entry.resultPath().toString(),
                    entry.source(),
                    entry.severity().level(),
                    entry.message(),
                    entry.value(),
                    entry.sourceConstraintComponent());
        }
    }

    record Checked(Set<Node> affected, List<Result> incremental, int changedResults) {}

    private static Checked check(Graph before, Change change) {
        return check(VALIDATION, before, List.of(), change);
    }

    /**
     * Applies the change, and asserts (a) that the check of the affected nodes gives the full report's results at those
     * nodes, and (b) that elsewhere the full report is what it was before the change.
     */
    private static Checked check(Validation validation, Graph before, List<Result> fullBefore, Change change) {
        Graph after = applied(before, change);
        Set<Node> affected = validation.affectedNodes().of(change.added(), change.removed(), scanFree(after));
        List<Result> incremental = results(validation.report(scanFree(after), affected));
        List<Result> fullAfter = results(validation.report(after));

        assertEquals(
                fullAfter.stream().filter(r -> affected.contains(r.focus())).toList(),
                incremental,
                "the affected nodes' results, validated alone and in full, after " + change);
        assertEquals(
                fullBefore.stream().filter(r -> !affected.contains(r.focus())).toList(),
                fullAfter.stream().filter(r -> !affected.contains(r.focus())).toList(),
                "results elsewhere than at the affected nodes " + affected + " are unchanged by " + change);
        Set<Result> changed = new HashSet<>(fullAfter);
        changed.removeAll(fullBefore);
        Set<Result> gone = new HashSet<>(fullBefore);
        gone.removeAll(fullAfter);
        return new Checked(affected, incremental, changed.size() + gone.size());
    }

    private static List<Result> results(ValidationReport report) {
        return report.getEntries().stream()
                .map(Result::of)
                .sorted(Comparator.comparing(Result::toString))
                .toList();
    }

    private static Graph applied(Graph before, Change change) {
        Graph after = GraphMemFactory.createDefaultGraph();
        before.find().forEachRemaining(after::add);
        change.removed().forEach(after::delete);
        change.added().forEach(after::add);
        return after;
    }

    /**
     * The graph, refusing a lookup with no node bound: the loader will hand {@link AffectedNodes} and the check of the
     * affected nodes a TDB2 union, where that is a scan of the whole store.
     */
    private static Graph scanFree(Graph graph) {
        return new GraphWrapper(graph) {
            @Override
            public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                boolean unbound = (s == null || s == Node.ANY) && (o == null || o == Node.ANY);
                boolean predicateOnly = p != null && p != Node.ANY;
                if (unbound && !predicateOnly)
                    throw new AssertionError("a scan of the whole graph: find(ANY, ANY, ANY)");
                return super.find(s, p, o);
            }

            @Override
            public ExtendedIterator<Triple> find(Triple t) {
                return find(t.getSubject(), t.getPredicate(), t.getObject());
            }
        };
    }

    // ---- Helpers

    private static Validation validationOf(String turtle) {
        return Validation.fromShapes(shapes(turtle));
    }

    private static Shapes shapes(String turtle) {
        Graph graph = GraphMemFactory.createDefaultGraph();
        RDFParser.fromString(
                        "PREFIX sh: <http://www.w3.org/ns/shacl#>\nPREFIX ex: <http://example.org/>\n" + turtle,
                        Lang.TURTLE)
                .parse(graph);
        return ShaclValidator.get().parse(graph);
    }

    private static List<Node> subjectsOfType(Node type) {
        return sorted(article.find(Node.ANY, RDF.type.asNode(), type)
                .mapWith(Triple::getSubject)
                .toList());
    }

    private static <T> List<T> sorted(List<T> items) {
        return items.stream().sorted(Comparator.comparing(Object::toString)).toList();
    }

    private static <T> T pick(List<T> items, Random random) {
        assertFalse(items.isEmpty(), "something to pick from");
        return items.get(random.nextInt(items.size()));
    }

    private static Node id(String path) {
        return NodeFactory.createURI(ParleyId.NS + path);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
