package org.w3id.parley.publish.describe;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.w3id.parley.publish.IriSpace;
import org.w3id.parley.publish.Paths;
import org.w3id.parley.store.StoreVersion;
import org.w3id.parley.vocab.Prefixes;

/**
 * The dataset's VoID and DCAT description, served at the dataset IRI and {@code /.well-known/void}. Every
 * number is counted in the store (the union of its graphs), once per committed version of the data.
 */
public final class DatasetDescription {
    private static final Node LICENSE = NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/");
    private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

    private final DatasetGraph store;
    private final IriSpace iris;
    private final SummaryQueries summaries;
    private final PerVersion<String, Graph> cached;

    public DatasetDescription(DatasetGraph store, IriSpace iris, StoreVersion version, SummaryQueries summaries) {
        this.store = store;
        this.iris = iris;
        this.summaries = summaries;
        this.cached = new PerVersion<>(version, 1);
    }

    /** The description of the data as it is now. */
    public Graph graph() {
        return cached.get("void", key -> Txn.calculateRead(store, this::count));
    }

    private Graph count() {
        Node dataset = iris.dataset();
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Prefixes.COMMON);
        BiConsumer<Node, Node> about = (p, o) -> g.add(Triple.create(dataset, p, o));
        about.accept(RDF.type.asNode(), VOID.Dataset.asNode());
        about.accept(RDF.type.asNode(), DCAT.Dataset.asNode());
        about.accept(
                DCTerms.title.asNode(),
                NodeFactory.createLiteralLang("Parley: claims of negotiation articles as a knowledge graph", "en"));
        about.accept(RDFS.label.asNode(), NodeFactory.createLiteralLang("Parley dataset", "en"));
        about.accept(
                DCTerms.description.asNode(),
                NodeFactory.createLiteralLang(
                        "Actors, demands, concessions and guarantees in peace negotiations, as stated in news and opinion articles; "
                                + "every statement is a claim with its speaker, its modality and the exact words it rests on.",
                        "en"));
        about.accept(DCTerms.license.asNode(), LICENSE);
        Node publisher = NodeFactory.createBlankNode();
        about.accept(DCTerms.publisher.asNode(), publisher);
        g.add(Triple.create(publisher, RDF.type.asNode(), FOAF.Organization.asNode()));
        g.add(Triple.create(publisher, FOAF.name.asNode(), NodeFactory.createLiteralString("Parley project")));
        String entities = iris.resource(Paths.ID).getURI();
        about.accept(VOID.uriSpace.asNode(), NodeFactory.createLiteralString(entities));
        about.accept(VOID.sparqlEndpoint.asNode(), iris.resource(Paths.Endpoint.SPARQL.path()));
        for (Dumps.Dump dump : Dumps.DUMPS) {
            Node url = iris.resource(Paths.DUMPS + dump.file());
            about.accept(VOID.dataDump.asNode(), url);
            Node distribution = NodeFactory.createBlankNode();
            about.accept(DCAT.distribution.asNode(), distribution);
            g.add(Triple.create(distribution, RDF.type.asNode(), DCAT.Distribution.asNode()));
            g.add(Triple.create(distribution, DCAT.downloadURL.asNode(), url));
            g.add(Triple.create(
                    distribution, DCAT.mediaType.asNode(), NodeFactory.createURI(MEDIA_TYPES + dump.mediaType())));
        }
        about.accept(VOID.triples.asNode(), integer(summaries.count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")));
        about.accept(
                VOID.entities.asNode(),
                integer(summaries.count(
                        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + entities
                                + "\")) }")));
        about.accept(
                VOID.distinctSubjects.asNode(),
                integer(summaries.count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }")));
        about.accept(
                VOID.distinctObjects.asNode(),
                integer(summaries.count("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }")));
        about.accept(
                VOID.properties.asNode(),
                integer(summaries.count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }")));
        about.accept(
                VOID.classes.asNode(), integer(summaries.count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }")));
        Set<String> vocabularies = new TreeSet<>();
        summaries.countEach(
                "SELECT ?term (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?term } GROUP BY ?term",
                partitions(g, dataset, VOID.classPartition, VOID._class, VOID.entities, vocabularies));
        summaries.countEach(
                "SELECT ?term (COUNT(*) AS ?n) WHERE { ?s ?term ?o } GROUP BY ?term",
                partitions(g, dataset, VOID.propertyPartition, VOID.property, VOID.triples, vocabularies));
        vocabularies.stream()
                .filter(ns -> !ns.startsWith(entities))
                .forEach(ns -> about.accept(VOID.vocabulary.asNode(), NodeFactory.createURI(ns)));
        summaries.countEach(
                "SELECT ?term (COUNT(*) AS ?n) WHERE { ?term a <" + SchemaDO.OpinionNewsArticle.getURI()
                        + "> } GROUP BY ?term",
                (article, n) -> about.accept(DCTerms.source.asNode(), article));
        return g;
    }

    /** Adds each counted term as a partition of {@code dataset}, and notes the vocabulary it comes from. */
    private static BiConsumer<Node, Long> partitions(
            Graph g,
            Node dataset,
            Property kind,
            Property termProperty,
            Property countProperty,
            Set<String> vocabularies) {
        return (term, n) -> {
            Node partition = NodeFactory.createBlankNode();
            g.add(Triple.create(dataset, kind.asNode(), partition));
            g.add(Triple.create(partition, termProperty.asNode(), term));
            g.add(Triple.create(partition, countProperty.asNode(), integer(n)));
            vocabularies.add(namespace(term));
        };
    }

    private static String namespace(Node term) {
        String iri = term.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(0, cut + 1);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
