package org.w3id.parley.publish.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.VOID;
import org.w3id.parley.publish.IriSpace;
import org.w3id.parley.publish.Paths;
import org.w3id.parley.publish.describe.Dumps;

/** The page of the dataset's VoID description: its sizes, the dumps, and each class and property with its count. */
public final class DatasetPage {
    private static final List<Property> STATS = List.of(
            VOID.triples, VOID.entities, VOID.distinctSubjects, VOID.distinctObjects, VOID.properties, VOID.classes);

    record Partition(Link term, long count) {}

    record Stat(String name, long value) {}

    /** A dump as the description names it: its URL at this server, its file name and media type. */
    record Download(String url, String file, String mediaType) {}

    record Model(
            String iri,
            List<Stat> stats,
            List<Partition> classes,
            List<Partition> properties,
            List<Link> vocabularies,
            String sparql,
            List<Download> dumps,
            String jsonld) {}

    private final DatasetGraph store;
    private final IriSpace iris;
    private final Links links;

    public DatasetPage(DatasetGraph store, IriSpace iris, Links links) {
        this.store = store;
        this.iris = iris;
        this.links = links;
    }

    /** The page of {@code description}, the dataset's VoID graph. */
    public String render(Graph description) {
        return Templates.render("dataset", Txn.calculateRead(store, () -> model(description)));
    }

    private Model model(Graph g) {
        Node dataset = iris.dataset();
        List<Stat> stats = new ArrayList<>();
        for (Property stat : STATS)
            g.find(dataset, stat.asNode(), Node.ANY)
                    .forEach(t -> stats.add(new Stat(stat.getLocalName(), number(t.getObject()))));
        return new Model(
                dataset.getURI(),
                stats,
                partitions(g, VOID.classPartition, VOID._class, VOID.entities),
                partitions(g, VOID.propertyPartition, VOID.property, VOID.triples),
                g.find(dataset, VOID.vocabulary.asNode(), Node.ANY)
                        .mapWith(t -> t.getObject().getURI())
                        .mapWith(ns -> new Link(iris.href(ns), ns, ns))
                        .toList(),
                g.find(dataset, VOID.sparqlEndpoint.asNode(), Node.ANY)
                        .mapWith(t -> t.getObject().getURI())
                        .nextOptional()
                        .orElse(null),
                downloads(g, dataset),
                JsonIsland.of(g));
    }

    /** The dumps at the URLs the description gives them, so the page and the data name the same ones. */
    private static List<Download> downloads(Graph g, Node dataset) {
        List<String> urls = g.find(dataset, VOID.dataDump.asNode(), Node.ANY)
                .mapWith(t -> t.getObject().getURI())
                .toList();
        List<Download> downloads = new ArrayList<>();
        for (Dumps.Dump dump : Dumps.DUMPS)
            urls.stream()
                    .filter(url -> url.endsWith(Paths.DUMPS + dump.file()))
                    .findFirst()
                    .ifPresent(url -> downloads.add(new Download(url, dump.file(), dump.mediaType())));
        return downloads;
    }

    private List<Partition> partitions(Graph g, Property kind, Property termProperty, Property countProperty) {
        List<Partition> partitions = new ArrayList<>();
        g.find(Node.ANY, kind.asNode(), Node.ANY).forEach(t -> {
            Node partition = t.getObject();
            Node term =
                    g.find(partition, termProperty.asNode(), Node.ANY).next().getObject();
            Node count =
                    g.find(partition, countProperty.asNode(), Node.ANY).next().getObject();
            partitions.add(new Partition(links.link(term), number(count)));
        });
        partitions.sort(Comparator.comparingLong(Partition::count)
                .reversed()
                .thenComparing(p -> p.term().label()));
        return partitions;
    }

    private static long number(Node literal) {
        return ((Number) literal.getLiteralValue()).longValue();
    }
}
