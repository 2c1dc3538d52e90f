package org.w3id.parley.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.parley.ParleyException;
import org.w3id.parley.Sha256;
import org.w3id.parley.load.SourceFiles;
import org.w3id.parley.vocab.Parley;

/**
 * What the RDF files under a data folder already describe, as far as a new source needs to know: the URLs and texts of
 * the sources (so one is not described twice), the people and organisations by label (so an author already there is
 * the same IRI), and every IRI in use (so a new one is new).
 */
final class DescribedSources {
    /** A resource found in the data, and the file it was found in. */
    record Found(String iri, Path file) {}

    private final Map<String, Path> urls = new HashMap<>();
    private final Map<String, Path> texts = new HashMap<>();
    private final Map<String, Found> persons = new HashMap<>();
    private final Map<String, Found> organizations = new HashMap<>();
    private final Set<String> iris = new HashSet<>();

    static DescribedSources under(Path data) {
        DescribedSources described = new DescribedSources();
        if (Files.isDirectory(data)) for (Path file : SourceFiles.expand(List.of(data))) described.read(file);
        return described;
    }

    private void read(Path file) {
        DatasetGraph parsed = DatasetGraphFactory.create();
        try {
            RDFParser.source(file).lang(SourceFiles.syntaxOf(file)).parse(parsed);
        } catch (RiotException ex) {
            throw new ParleyException(
                    file + ": cannot read it to see what data/ describes (" + ex.getMessage()
                            + "); ./parley validate shows what is wrong",
                    ex);
        }
        parsed.find().forEachRemaining(quad -> read(file, parsed, quad));
    }

    private void read(Path file, DatasetGraph parsed, Quad quad) {
        for (Node node : List.of(quad.getGraph(), quad.getSubject(), quad.getObject()))
            if (node.isURI()) iris.add(node.getURI());
        Node p = quad.getPredicate();
        if (p.equals(SchemaDO.url.asNode())) urls.putIfAbsent(lexical(quad.getObject()), file);
        else if (p.equals(Parley.sha256)) texts.putIfAbsent(lexical(quad.getObject()), file);
        else if (p.equals(Parley.textFile) && quad.getObject().isLiteral()) {
            Path text = file.toAbsolutePath()
                    .getParent()
                    .resolve(quad.getObject().getLiteralLexicalForm())
                    .normalize();
            if (Files.isRegularFile(text)) texts.putIfAbsent(digest(text), file);
        } else if (p.equals(RDFS.label.asNode())
                && quad.getObject().isLiteral()
                && quad.getSubject().isURI()) {
            String label = quad.getObject().getLiteralLexicalForm();
            Found found = new Found(quad.getSubject().getURI(), file);
            // the least IRI of several, so the choice does not depend on the order files are read in
            if (isA(parsed, quad.getSubject(), Parley.Person)) persons.merge(label, found, DescribedSources::least);
            if (isA(parsed, quad.getSubject(), ORG.Organization.asNode()))
                organizations.merge(label, found, DescribedSources::least);
        }
    }

    private static Found least(Found a, Found b) {
        return a.iri().compareTo(b.iri()) <= 0 ? a : b;
    }

    private static boolean isA(DatasetGraph parsed, Node subject, Node type) {
        return parsed.contains(Node.ANY, subject, RDF.type.asNode(), type);
    }

    private static String lexical(Node node) {
        return node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    private static String digest(Path file) {
        try (var in = Files.newInputStream(file)) {
            return Sha256.of(in);
        } catch (IOException ex) {
            throw new ParleyException(file + ": cannot read: " + ex.getMessage(), ex);
        }
    }

    /** The description file that gives {@code url} as a source's {@code schema:url}. */
    Optional<Path> describingUrl(String url) {
        return Optional.ofNullable(urls.get(url));
    }

    /** The description file whose text has these bytes, by their sha256. */
    Optional<Path> describingText(String sha256) {
        return Optional.ofNullable(texts.get(sha256));
    }

    /** The IRI of the person labelled exactly {@code label} (in any language), the least IRI if several. */
    Optional<Found> person(String label) {
        return Optional.ofNullable(persons.get(label));
    }

    Optional<Found> organization(String label) {
        return Optional.ofNullable(organizations.get(label));
    }

    boolean uses(String iri) {
        return iris.contains(iri);
    }
}
