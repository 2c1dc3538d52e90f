package org.w3id.parley.publish.describe;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
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
import org.w3id.parley.publish.Origin;
import org.w3id.parley.publish.Paths;
import org.w3id.parley.store.StoreVersion;
import org.w3id.parley.vocab.Prefixes;

/**
 * The dataset's VoID and DCAT description, served at the dataset IRI and {@code /.well-known/void}. Every
 * number is counted in the store (the union of its graphs), once per committed version of the data; the SPARQL
 * endpoint and the dumps are named at the server that answers the request (see {@link Origin}).
 */
public final class DatasetDescription {
    private static final Node LICENSE = NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/");
    /** As in the DCAT recommendation's examples of {@code dcat:mediaType} and {@code dcat:compressFormat}. */
    private static final String MEDIA_TYPES = "http://www.iana.org/assignments/media-types/";

    private static final Node SPARQL_PROTOCOL = NodeFactory.createURI("https://www.w3.org/TR/sparql11-protocol/");

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

    /**
     * The description of the data as it is now, as reached at {@code here}: the counted part, kept per version,
     * and where to get the data (the SPARQL endpoint and the dumps at {@code here}), added for each request.
     */
    public Graph graph(Origin here) {
        Graph counted = counted();
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(counted.getPrefixMapping());
        GraphUtil.addInto(g, counted);
        access(g, here);
        return g;
    }

    /** The counted part alone: what the data is and its sizes, with no URL of this server. */
    public Graph counted() {
        return cached.get("void", key -> Txn.calculateRead(store, this::count));
    }

    /**
     * The SPARQL endpoint (VoID, and DCAT as a data service with a distribution through it) and the dumps (VoID,
     * and DCAT distributions with their media type and, for the gzipped one, its compression). The blank nodes
     * are labelled by what they stand for, so the same request gets the same bytes and the same ETag.
     */
    private void access(Graph g, Origin here) {
        Node dataset = iris.dataset();
        Node endpoint = here.at(Paths.Endpoint.SPARQL.path());
        Node service = ServiceDescription.service(endpoint);
        g.add(Triple.create(dataset, VOID.sparqlEndpoint.asNode(), endpoint));
        g.add(Triple.create(service, RDF.type.asNode(), DCAT.DataService.asNode()));
        g.add(Triple.create(
                service, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Parley SPARQL endpoint", "en")));
        g.add(Triple.create(service, DCAT.endpointURL.asNode(), endpoint));
        g.add(Triple.create(service, DCAT.endpointDescription.asNode(), endpoint));
        g.add(Triple.create(service, DCTerms.conformsTo.asNode(), SPARQL_PROTOCOL));
        g.add(Triple.create(service, DCAT.servesDataset.asNode(), dataset));
        Node throughService = NodeFactory.createBlankNode("distribution-sparql");
        g.add(Triple.create(dataset, DCAT.distribution.asNode(), throughService));
        g.add(Triple.create(throughService, RDF.type.asNode(), DCAT.Distribution.asNode()));
        g.add(Triple.create(throughService, DCAT.accessURL.asNode(), endpoint));
        g.add(Triple.create(throughService, DCAT.accessService.asNode(), service));
        for (Dumps.Dump dump : Dumps.DUMPS) {
            Node url = here.at(Paths.DUMPS + dump.file());
            g.add(Triple.create(dataset, VOID.dataDump.asNode(), url));
            Node distribution = NodeFactory.createBlankNode("distribution-" + dump.file());
            g.add(Triple.create(dataset, DCAT.distribution.asNode(), distribution));
            g.add(Triple.create(distribution, RDF.type.asNode(), DCAT.Distribution.asNode()));
            g.add(Triple.create(distribution, DCAT.downloadURL.asNode(), url));
            g.add(Triple.create(distribution, DCAT.accessURL.asNode(), url));
            g.add(Triple.create(distribution, DCAT.mediaType.asNode(), mediaType(dump.mediaType())));
            if (dump.gzip())
                g.add(Triple.create(distribution, DCAT.compressFormat.asNode(), mediaType("application/gzip")));
        }
    }

    /** The IANA registry entry of a media type, as DCAT names formats. */
    private static Node mediaType(String type) {
        return NodeFactory.createURI(MEDIA_TYPES + type);
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
                "SELECT ?term (COUNT(*) AS ?n) WHERE { { ?term a <" + SchemaDO.OpinionNewsArticle.getURI()
                        + "> } UNION { ?term a <" + SchemaDO.CreativeWork.getURI() + "> } } GROUP BY ?term",
                (source, n) -> about.accept(DCTerms.source.asNode(), source));
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
