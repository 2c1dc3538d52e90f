package org.w3id.parley.testing;

import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.parley.vocab.Parley;

/**
 * One generated article's quads, with the edits its {@link ArticleVariant}s make: a claim taken out with its metadata
 * and anchoring, a claim added (anchored to the words of an existing one), a claim's modality changed. Every edit
 * keeps the article valid against the shapes.
 */
public final class ArticleQuads {
    private final DatasetGraph quads;
    private final String article;

    ArticleQuads(DatasetGraph quads, String article) {
        this.quads = quads;
        this.article = article;
    }

    private Node iri(String path) {
        return NodeFactory.createURI(article + path);
    }

    private Node claimsGraph() {
        return iri("graph/claims");
    }

    /** The claims asserting one link of the article's precondition chain, from the withdrawal to the later round. */
    public List<Node> chainLinks() {
        List<Node> links = GrowingCorpus.claimsAsserting(quads, article, Parley.isPreconditionFor);
        if (links.size() < 2) throw new IllegalStateException(article + " has a chain of under two links");
        return links;
    }

    /** The one triple claim {@code claim}'s own graph asserts with {@code property}. */
    public Triple asserted(Node claim, Node property) {
        return quads.getGraph(claim).find(Node.ANY, property, Node.ANY).next();
    }

    /** The article's author: an added claim is in the author's own voice. */
    private Node author() {
        return quads.find(iri("graph/source"), iri("article"), SchemaDO.author.asNode(), Node.ANY)
                .next()
                .getObject();
    }

    /** Takes the claim out: its graph, its metadata and its anchoring. */
    public void remove(Node claim) {
        quads.removeGraph(claim);
        Iter.toList(quads.find(claimsGraph(), Node.ANY, Node.ANY, Node.ANY)).stream()
                .filter(q -> GrowingCorpus.isAbout(q, claim))
                .forEach(quads::delete);
    }

    /**
     * Adds a claim {@code claim/<name>} asserting {@code triple} with {@code modality}, held and stated by the author,
     * quoting the same words as {@code wordsOf} (a claim's anchoring is its own, its words may be another's too).
     */
    public void add(String name, String label, Node modality, Triple triple, Node wordsOf) {
        Node claim = iri("claim/" + name);
        for (Quad q : Iter.toList(quads.find(claimsGraph(), Node.ANY, Node.ANY, Node.ANY))) {
            if (!GrowingCorpus.isAbout(q, wordsOf)) continue;
            Node p = q.getPredicate();
            Node o = q.getObject();
            if (q.getSubject().equals(wordsOf)) {
                if (p.equals(RDFS.label.asNode())) o = NodeFactory.createLiteralLang(label, "en");
                else if (p.equals(Parley.heldBy) || p.equals(Parley.statedBy)) o = author();
                else if (p.equals(Parley.modality)) o = modality;
            }
            quads.add(claimsGraph(), renamed(q.getSubject(), wordsOf, claim), p, renamed(o, wordsOf, claim));
        }
        quads.add(claim, triple.getSubject(), triple.getPredicate(), triple.getObject());
    }

    /** Gives the claim another modality, in the author's voice (as an asserted claim must be). */
    public void restate(Node claim, Node modality) {
        Node g = claimsGraph();
        for (Node p : List.of(Parley.modality, Parley.heldBy, Parley.statedBy)) quads.deleteAny(g, claim, p, Node.ANY);
        quads.add(g, claim, Parley.modality, modality);
        quads.add(g, claim, Parley.heldBy, author());
        quads.add(g, claim, Parley.statedBy, author());
    }

    /** The modality the claim has. */
    public Node modalityOf(Node claim) {
        return quads.find(claimsGraph(), claim, Parley.modality, Node.ANY)
                .next()
                .getObject();
    }

    private static Node renamed(Node node, Node from, Node to) {
        if (!node.isURI() || !node.getURI().startsWith(from.getURI())) return node;
        String rest = node.getURI().substring(from.getURI().length());
        return rest.isEmpty() || rest.startsWith("#") ? NodeFactory.createURI(to.getURI() + rest) : node;
    }
}
