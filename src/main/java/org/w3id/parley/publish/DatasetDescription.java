package org.w3id.parley.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The dataset's VoID and DCAT description, served at the dataset IRI and {@code /.well-known/void}. Every
 * number is counted in the store (the union of its graphs), once per committed version of the data.
 */
final class DatasetDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final Node LICENSE = NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/");

    record Partition(Html.Link term, long count) {}

    record Model(String iri, List<Stat> stats, List<Partition> classes, List<Partition> properties,
            List<Html.Link> vocabularies, List<Dumps.Dump> dumps, String sparql, String jsonld) {}

    record Stat(String name, long value) {}

    private final Site site;
    private final PerVersion<String, Graph> cached;

    DatasetDescription(Site site) {
        this.site = site;
        this.cached = new PerVersion<>(site.version(), 1);
    }

    byte[] representation(RdfFormat format) {
        Graph graph = graph();
        if (format != RdfFormat.HTML)
            return Responses.rdf(DatasetGraphFactory.wrap(graph), format);
        return Responses.html(Templates.render("dataset", site.html().read(() -> model(graph))));
    }

    /** The description of the data as it is now. */
    Graph graph() {
        return cached.get("void", key -> Txn.calculateRead(site.store(), this::count));
    }

    private Graph count() {
        IriSpace iris = site.iris();
        Node dataset = iris.dataset();
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Prefixes.COMMON);
        BiConsumer<Node, Node> about = (p, o) -> g.add(Triple.create(dataset, p, o));
        about.accept(RDF.type.asNode(), uri(VOID + "Dataset"));
        about.accept(RDF.type.asNode(), uri(DCAT + "Dataset"));
        about.accept(DCTerms.title.asNode(), NodeFactory.createLiteralLang("Parley: claims of negotiation articles as a knowledge graph", "en"));
        about.accept(RDFS.label.asNode(), NodeFactory.createLiteralLang("Parley dataset", "en"));
        about.accept(DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "Actors, demands, concessions and guarantees in peace negotiations, as stated in news and opinion articles; "
                + "every statement is a claim with its speaker, its modality and the exact words it rests on.", "en"));
        about.accept(DCTerms.license.asNode(), LICENSE);
        Node publisher = NodeFactory.createBlankNode();
        about.accept(DCTerms.publisher.asNode(), publisher);
        g.add(Triple.create(publisher, RDF.type.asNode(), uri(FOAF + "Organization")));
        g.add(Triple.create(publisher, uri(FOAF + "name"), NodeFactory.createLiteralString("Parley project")));
        about.accept(uri(VOID + "uriSpace"), NodeFactory.createLiteralString(iris.base() + "id/"));
        about.accept(uri(VOID + "sparqlEndpoint"), uri(iris.base() + "parley/sparql"));
        for (Dumps.Dump dump : Dumps.DUMPS) {
            Node url = uri(iris.base() + "dumps/" + dump.file());
            about.accept(uri(VOID + "dataDump"), url);
            Node distribution = NodeFactory.createBlankNode();
            about.accept(uri(DCAT + "distribution"), distribution);
            g.add(Triple.create(distribution, RDF.type.asNode(), uri(DCAT + "Distribution")));
            g.add(Triple.create(distribution, uri(DCAT + "downloadURL"), url));
            g.add(Triple.create(distribution, uri(DCAT + "mediaType"), uri("https://www.iana.org/assignments/media-types/" + dump.mediaType())));
        }
        about.accept(uri(VOID + "triples"), integer(single("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")));
        about.accept(uri(VOID + "entities"), integer(single("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \""
                + iris.base() + "id/\")) }")));
        about.accept(uri(VOID + "distinctSubjects"), integer(single("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }")));
        about.accept(uri(VOID + "distinctObjects"), integer(single("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }")));
        about.accept(uri(VOID + "properties"), integer(single("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }")));
        about.accept(uri(VOID + "classes"), integer(single("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }")));
        Set<String> vocabularies = new TreeSet<>();
        grouped("SELECT ?term (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?term } GROUP BY ?term", (term, n) -> {
            Node partition = NodeFactory.createBlankNode();
            about.accept(uri(VOID + "classPartition"), partition);
            g.add(Triple.create(partition, uri(VOID + "class"), term));
            g.add(Triple.create(partition, uri(VOID + "entities"), integer(n)));
            vocabularies.add(namespace(term));
        });
        grouped("SELECT ?term (COUNT(*) AS ?n) WHERE { ?s ?term ?o } GROUP BY ?term", (term, n) -> {
            Node partition = NodeFactory.createBlankNode();
            about.accept(uri(VOID + "propertyPartition"), partition);
            g.add(Triple.create(partition, uri(VOID + "property"), term));
            g.add(Triple.create(partition, uri(VOID + "triples"), integer(n)));
            vocabularies.add(namespace(term));
        });
        vocabularies.stream().filter(ns -> !ns.startsWith(iris.base() + "id/"))
                .forEach(ns -> about.accept(uri(VOID + "vocabulary"), uri(ns)));
        grouped("PREFIX schema: <https://schema.org/> SELECT ?term (COUNT(*) AS ?n) WHERE { ?term a schema:OpinionNewsArticle } GROUP BY ?term",
                (article, n) -> about.accept(DCTerms.source.asNode(), article));
        return g;
    }

    private Model model(Graph g) {
        Html html = site.html();
        Node dataset = site.iris().dataset();
        List<Stat> stats = new ArrayList<>();
        for (String name : List.of("triples", "entities", "distinctSubjects", "distinctObjects", "properties", "classes"))
            g.find(dataset, uri(VOID + name), Node.ANY).forEach(t -> stats.add(new Stat(name, ((Number) t.getObject().getLiteralValue()).longValue())));
        return new Model(dataset.getURI(), stats, partitions(g, "classPartition", "class", "entities", html),
                partitions(g, "propertyPartition", "property", "triples", html),
                g.find(dataset, uri(VOID + "vocabulary"), Node.ANY).mapWith(t -> t.getObject().getURI())
                        .mapWith(ns -> new Html.Link(site.iris().href(ns), ns, ns)).toList(),
                Dumps.DUMPS, "/parley/sparql", Html.jsonIsland(g));
    }

    private static List<Partition> partitions(Graph g, String kind, String termProperty, String countProperty, Html html) {
        List<Partition> partitions = new ArrayList<>();
        g.find(Node.ANY, uri(VOID + kind), Node.ANY).forEach(t -> {
            Node partition = t.getObject();
            Node term = g.find(partition, uri(VOID + termProperty), Node.ANY).next().getObject();
            Node count = g.find(partition, uri(VOID + countProperty), Node.ANY).next().getObject();
            partitions.add(new Partition(html.link(term), ((Number) count.getLiteralValue()).longValue()));
        });
        partitions.sort(Comparator.comparingLong(Partition::count).reversed().thenComparing(p -> p.term().label()));
        return partitions;
    }

    private long single(String query) {
        try (QueryExec exec = Select.exec(site.store(), query).build()) {
            return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
        }
    }

    private void grouped(String query, BiConsumer<Node, Long> each) {
        try (QueryExec exec = Select.exec(site.store(), query).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row -> each.accept(row.get("term"), ((Number) row.get("n").getLiteralValue()).longValue()));
        }
    }

    private static String namespace(Node term) {
        String iri = term.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(0, cut + 1);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
