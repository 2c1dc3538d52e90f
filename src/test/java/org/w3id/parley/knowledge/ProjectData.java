package org.w3id.parley.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.w3id.parley.load.SourceFiles;
import org.w3id.parley.testing.Article;

/** The project's ontology and the article's data, loaded once per JVM through the real pipeline ({@link Article}), and ways to read them. */
final class ProjectData {
    static final Path ONTOLOGY = Article.ONTOLOGY;
    static final Path DATA = Article.DATA;
    static final Path SHAPES = Article.SHAPES;
    static final Path ARTICLE = DATA.resolve("sources/article.txt");
    static final String ID = "https://w3id.org/parley/id/";
    static final String PARLEY = "https://w3id.org/parley/ontology#";
    static final String PREFIXES = """
            PREFIX parley: <https://w3id.org/parley/ontology#>
            PREFIX id: <https://w3id.org/parley/id/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX schema: <https://schema.org/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX cnt: <http://www.w3.org/2011/content#>
            """;

    /** The article loaded once per JVM ({@link Article#store()}), read-only: writing to it throws. */
    static DatasetGraph store() {
        return Article.store();
    }

    static List<Path> rdfFiles() {
        return SourceFiles.expand(List.of(ONTOLOGY, DATA));
    }

    static String articleText() {
        try {
            return Files.readString(ARTICLE, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Runs a SELECT over the union of all graphs (inferred included) and returns its rows, materialised. */
    static List<Binding> select(String query) {
        DatasetGraph store = store();
        return Txn.calculateRead(store, () -> {
            List<Binding> rows = new ArrayList<>();
            QueryExec.dataset(store)
                    .query(QueryFactory.create(PREFIXES + query))
                    .select()
                    // detached inside the transaction: a TDB2 binding decodes its nodes lazily, and cannot once it ends
                    .forEachRemaining(b -> rows.add(b.detach()));
            return rows;
        });
    }

    static Node id(String path) {
        return NodeFactory.createURI(ID + path);
    }

    private ProjectData() {}
}
