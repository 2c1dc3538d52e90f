package org.w3id.parley.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.parley.vocab.Parley;

/**
 * {@code /ontology}: the ontology graph as loaded, in every RDF format, and as a page listing each class,
 * property and individual with its label, definition, domain and range, super-terms, alignments to other
 * vocabularies and a few instances from the data.
 */
final class OntologyDocs {
    private static final int EXAMPLES = 3;

    /** One line of a term's description; only lines with links are shown. */
    record Field(String name, List<Html.Link> links) {}

    record Term(String id, String iri, String label, String definition, List<Field> fields) {}

    record Model(String iri, String title, String description, String version, Html.Link license,
            List<Term> classes, List<Term> properties, List<Term> individuals, String jsonld) {}

    private final Site site;
    private final PerVersion<RdfFormat, byte[]> representations;

    OntologyDocs(Site site) {
        this.site = site;
        this.representations = new PerVersion<>(site.version(), RdfFormat.values().length);
    }

    /** {@code null} when no ontology is loaded. */
    byte[] representation(RdfFormat format) {
        return representations.get(format, this::build);
    }

    private byte[] build(RdfFormat format) {
        return site.html().read(() -> {
            Node name = site.iris().ontology();
            DatasetGraph store = site.store();
            if (!store.containsGraph(name) || store.getGraph(name).isEmpty())
                return null;
            Graph graph = copy(store.getGraph(name));
            if (format == RdfFormat.HTML)
                return Responses.html(Templates.render("ontology", model(graph)));
            // As for every resource: the description in the default graph, and again in the graph that holds it.
            DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
            graph.find().forEach(dataset.getDefaultGraph()::add);
            if (format == RdfFormat.TRIG)
                graph.find().forEach(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            Prefixes.COMMON.forEach(dataset.prefixes()::add);
            graph.getPrefixMapping().getNsPrefixMap().forEach(dataset.prefixes()::add);
            return Responses.rdf(dataset, format);
        });
    }

    private static Graph copy(Graph source) {
        Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        source.find().forEach(copy::add);
        copy.getPrefixMapping().setNsPrefixes(source.getPrefixMapping());
        return copy;
    }

    private Model model(Graph g) {
        Node ontology = site.iris().ontology();
        List<Term> classes = new ArrayList<>();
        List<Term> properties = new ArrayList<>();
        List<Term> individuals = new ArrayList<>();
        Set<Node> propertyKinds = Set.of(OWL2.ObjectProperty.asNode(), OWL2.DatatypeProperty.asNode(), OWL2.AnnotationProperty.asNode());
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(t -> t.getSubject()).toSet().stream()
                .filter(n -> n.isURI() && n.getURI().startsWith(Parley.NS))
                .forEach(term -> {
                    Set<Node> types = g.find(term, RDF.type.asNode(), Node.ANY).mapWith(t -> t.getObject()).toSet();
                    if (types.contains(OWL2.Class.asNode()) || types.contains(RDFS.Datatype.asNode()))
                        classes.add(term(g, term, RDFS.subClassOf.asNode(), RDF.type.asNode()));
                    else if (types.stream().anyMatch(propertyKinds::contains))
                        properties.add(term(g, term, RDFS.subPropertyOf.asNode(), term));
                    else
                        individuals.add(term(g, term, null, null));
                });
        Comparator<Term> byLabel = Comparator.comparing(Term::label, String.CASE_INSENSITIVE_ORDER);
        classes.sort(byLabel);
        properties.sort(byLabel);
        individuals.sort(byLabel);
        Node license = first(g, ontology, DCTerms.license.asNode());
        return new Model(ontology.getURI(), text(g, ontology, DCTerms.title.asNode()), text(g, ontology, DCTerms.description.asNode()),
                text(g, ontology, OWL2.versionInfo.asNode()), license == null ? null : site.html().link(license),
                classes, properties, individuals, Html.jsonIsland(g));
    }

    /**
     * One term. {@code examplesBy} is how instances are found: {@code rdf:type} for a class (its members), the
     * property itself for a property (subjects that use it).
     */
    private Term term(Graph g, Node term, Node superProperty, Node examplesBy) {
        Html html = site.html();
        List<Html.Link> supers = new ArrayList<>();
        List<Html.Link> alignments = new ArrayList<>();
        if (superProperty != null)
            g.find(term, superProperty, Node.ANY).forEach(t -> {
                if (!t.getObject().isURI())
                    return;
                (t.getObject().getURI().startsWith(Parley.NS) ? supers : alignments).add(html.link(t.getObject()));
            });
        g.find(term, OWL2.equivalentClass.asNode(), Node.ANY).forEach(t -> { if (t.getObject().isURI()) alignments.add(html.link(t.getObject())); });
        g.find(term, OWL2.equivalentProperty.asNode(), Node.ANY).forEach(t -> { if (t.getObject().isURI()) alignments.add(html.link(t.getObject())); });
        String iri = term.getURI();
        List<Field> fields = new ArrayList<>();
        field(fields, "Kind", links(g, term, RDF.type.asNode()));
        field(fields, "Super-terms", supers);
        field(fields, "Aligned to", alignments);
        field(fields, "Domain", links(g, term, RDFS.domain.asNode()));
        field(fields, "Range", links(g, term, RDFS.range.asNode()));
        field(fields, "Inverse", links(g, term, OWL2.inverseOf.asNode()));
        field(fields, "In scheme", links(g, term, SKOS.inScheme.asNode()));
        field(fields, "Examples in the data", examplesBy == null ? List.of() : examples(term, examplesBy));
        return new Term(iri.substring(Parley.NS.length()), iri, html.link(term).label(), text(g, term, SKOS.definition.asNode()), fields);
    }

    private static void field(List<Field> fields, String name, List<Html.Link> links) {
        if (!links.isEmpty())
            fields.add(new Field(name, links));
    }

    private List<Html.Link> examples(Node term, Node by) {
        List<Html.Link> examples = new ArrayList<>();
        Iterator<Quad> quads = by.equals(RDF.type.asNode())
                ? site.store().find(Node.ANY, Node.ANY, RDF.type.asNode(), term)
                : site.store().find(Node.ANY, Node.ANY, term, Node.ANY);
        Set<Node> seen = new java.util.HashSet<>();
        while (quads.hasNext() && examples.size() < EXAMPLES) {
            Quad quad = quads.next();
            if (quad.isDefaultGraph() || quad.getGraph().equals(site.iris().ontology()))
                continue;
            Node example = quad.getSubject();
            if (example.isURI() && !example.getURI().contains("#") && seen.add(example))
                examples.add(site.html().link(example));
        }
        return examples;
    }

    private List<Html.Link> links(Graph g, Node subject, Node property) {
        return g.find(subject, property, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isURI)
                .mapWith(site.html()::link).toList();
    }

    private static Node first(Graph g, Node subject, Node property) {
        var it = g.find(subject, property, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String text(Graph g, Node subject, Node property) {
        Node value = first(g, subject, property);
        return value == null || !value.isLiteral() ? null : value.getLiteralLexicalForm();
    }
}
