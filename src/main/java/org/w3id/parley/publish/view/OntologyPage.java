package org.w3id.parley.publish.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.DC_11;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.parley.store.Stores;
import org.w3id.parley.vocab.Parley;
import org.w3id.parley.vocab.Prefixes;

/**
 * {@code /ontology} as a page listing each class, property and individual with its label, definition, domain and
 * range, super-terms, alignments to other vocabularies and a few instances from the data.
 */
public final class OntologyPage {
    private static final int EXAMPLES = 3;
    /** The VANN vocabulary the ontology header uses for its preferred prefix; Jena has no constant for it. */
    private static final String VANN = "http://purl.org/vocab/vann/";

    /** One line of a term's description; only lines with links are shown. */
    record Field(String name, List<Link> links) {}

    record Term(String id, String iri, String label, String definition, List<Field> fields) {}

    /** A prefix the ontology's IRIs use, with its namespace. */
    record Prefix(String prefix, String namespace) {}

    record Model(
            String iri,
            String title,
            String description,
            String version,
            String versionIri,
            String creator,
            String created,
            String modified,
            Link license,
            List<Prefix> prefixes,
            List<Term> datatypes,
            List<Term> classes,
            List<Term> properties,
            List<Term> individuals,
            String jsonld) {}

    private final DatasetGraph store;
    private final Node ontology;
    private final Links links;

    public OntologyPage(DatasetGraph store, Node ontology, Links links) {
        this.store = store;
        this.ontology = ontology;
        this.links = links;
    }

    /** The page of {@code g}, the ontology graph; examples come from the rest of the store. */
    public String render(Graph g) {
        return Templates.render("ontology", Txn.calculateRead(store, () -> model(g)));
    }

    private Model model(Graph g) {
        List<Term> datatypes = new ArrayList<>();
        List<Term> classes = new ArrayList<>();
        List<Term> properties = new ArrayList<>();
        List<Term> individuals = new ArrayList<>();
        Set<Node> propertyKinds =
                Set.of(OWL2.ObjectProperty.asNode(), OWL2.DatatypeProperty.asNode(), OWL2.AnnotationProperty.asNode());
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(t -> t.getSubject()).toSet().stream()
                .filter(n -> n.isURI() && n.getURI().startsWith(Parley.NS))
                .forEach(term -> {
                    Set<Node> types = g.find(term, RDF.type.asNode(), Node.ANY)
                            .mapWith(t -> t.getObject())
                            .toSet();
                    if (types.contains(RDFS.Datatype.asNode())) datatypes.add(term(g, term, null, null));
                    else if (types.contains(OWL2.Class.asNode()))
                        classes.add(term(g, term, RDFS.subClassOf.asNode(), RDF.type.asNode()));
                    else if (types.stream().anyMatch(propertyKinds::contains))
                        properties.add(term(g, term, RDFS.subPropertyOf.asNode(), term));
                    else individuals.add(term(g, term, null, null));
                });
        Comparator<Term> byLabel = Comparator.comparing(Term::label, String.CASE_INSENSITIVE_ORDER);
        datatypes.sort(byLabel);
        classes.sort(byLabel);
        properties.sort(byLabel);
        individuals.sort(byLabel);
        Node license = first(g, ontology, DCTerms.license.asNode());
        return new Model(
                ontology.getURI(),
                text(g, ontology, DCTerms.title.asNode()),
                text(g, ontology, DCTerms.description.asNode()),
                text(g, ontology, OWL2.versionInfo.asNode()),
                iri(g, ontology, OWL2.versionIRI.asNode()),
                text(g, ontology, DC_11.creator.asNode()),
                text(g, ontology, DCTerms.created.asNode()),
                text(g, ontology, DCTerms.modified.asNode()),
                links.linkOrNull(license),
                prefixes(g),
                datatypes,
                classes,
                properties,
                individuals,
                JsonIsland.of(g));
    }

    /**
     * One term. {@code examplesBy} is how instances are found: {@code rdf:type} for a class (its members), the
     * property itself for a property (subjects that use it).
     */
    private Term term(Graph g, Node term, Node superProperty, Node examplesBy) {
        List<Link> supers = new ArrayList<>();
        List<Link> alignments = new ArrayList<>();
        if (superProperty != null)
            g.find(term, superProperty, Node.ANY).forEach(t -> {
                if (!t.getObject().isURI()) return;
                (t.getObject().getURI().startsWith(Parley.NS) ? supers : alignments).add(links.link(t.getObject()));
            });
        alignments.addAll(links(g, term, OWL2.equivalentClass.asNode()));
        alignments.addAll(links(g, term, OWL2.equivalentProperty.asNode()));
        String iri = term.getURI();
        List<Field> fields = new ArrayList<>();
        field(fields, "Kind", links(g, term, RDF.type.asNode()));
        field(fields, "Super-terms", supers);
        field(fields, "Aligned to", alignments);
        field(fields, "Domain", links(g, term, RDFS.domain.asNode()));
        field(fields, "Range", links(g, term, RDFS.range.asNode()));
        field(fields, "Inverse", links(g, term, OWL2.inverseOf.asNode()));
        field(fields, "In scheme", links(g, term, SKOS.inScheme.asNode()));
        field(fields, "Conflicts with", conflicts(g, term));
        field(fields, "Examples in the data", examplesBy == null ? List.of() : examples(term, examplesBy));
        return new Term(
                iri.substring(Parley.NS.length()),
                iri,
                links.link(term).label(),
                text(g, term, SKOS.definition.asNode()),
                fields);
    }

    /** The prefixes of the namespaces the ontology's IRIs are in, in Parley's usual order. */
    private static List<Prefix> prefixes(Graph g) {
        Map<String, String> known = new LinkedHashMap<>(Prefixes.COMMON);
        known.put("vann", VANN);
        Set<String> used = new HashSet<>();
        g.find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI()) used.add(n.getURI());
                else if (n.isLiteral()) used.add(n.getLiteralDatatypeURI());
            }
        });
        return known.entrySet().stream()
                .filter(e -> used.stream().anyMatch(iri -> iri.startsWith(e.getValue())))
                .map(e -> new Prefix(e.getKey(), e.getValue()))
                .toList();
    }

    private static void field(List<Field> fields, String name, List<Link> links) {
        if (!links.isEmpty()) fields.add(new Field(name, links));
    }

    private List<Link> examples(Node term, Node by) {
        List<Link> examples = new ArrayList<>();
        Iterator<Quad> quads = by.equals(RDF.type.asNode())
                ? store.find(Node.ANY, Node.ANY, RDF.type.asNode(), term)
                : store.find(Node.ANY, Node.ANY, term, Node.ANY);
        Set<Node> seen = new HashSet<>();
        while (quads.hasNext() && examples.size() < EXAMPLES) {
            Quad quad = quads.next();
            if (quad.isDefaultGraph()
                    || !Stores.isData(quad.getGraph())
                    || quad.getGraph().equals(ontology)) continue;
            Node example = quad.getSubject();
            if (example.isURI() && !example.getURI().contains("#") && seen.add(example))
                examples.add(links.link(example));
        }
        return examples;
    }

    /** parley:conflictsWith is declared once per pair and meant both ways, so both ends show it. */
    private List<Link> conflicts(Graph g, Node term) {
        List<Link> conflicts = new ArrayList<>(links(g, term, Parley.conflictsWith));
        g.find(Node.ANY, Parley.conflictsWith, term)
                .mapWith(t -> t.getSubject())
                .filterKeep(Node::isURI)
                .forEach(other -> conflicts.add(links.link(other)));
        return conflicts;
    }

    private List<Link> links(Graph g, Node subject, Node property) {
        return g.find(subject, property, Node.ANY)
                .mapWith(t -> t.getObject())
                .filterKeep(Node::isURI)
                .mapWith(links::link)
                .toList();
    }

    private static Node first(Graph g, Node subject, Node property) {
        var it = g.find(subject, property, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** An IRI value, shown as text: a version IRI is a name, not a page this server has. */
    private static String iri(Graph g, Node subject, Node property) {
        Node value = first(g, subject, property);
        return value == null || !value.isURI() ? null : value.getURI();
    }

    private static String text(Graph g, Node subject, Node property) {
        Node value = first(g, subject, property);
        return value == null || !value.isLiteral() ? null : value.getLiteralLexicalForm();
    }
}
