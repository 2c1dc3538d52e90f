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
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.w3id.parley.load.Inference;
import org.w3id.parley.load.Loader;
import org.w3id.parley.load.SourceFiles;
import org.w3id.parley.load.Validation;
import org.w3id.parley.store.Stores;

/** The project's ontology and the article's data, loaded once through the real pipeline. */
final class ProjectData {
    static final Path ONTOLOGY = Path.of("ontology");
    static final Path DATA = Path.of("data");
    static final Path SHAPES = ONTOLOGY.resolve("shapes.ttl");
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

    private static DatasetGraph loaded;

    /** A read-only view: tests must not change it. */
    static synchronized DatasetGraph store() {
        if (loaded == null) {
            loaded = Stores.inMemory();
            new Loader(loaded, Validation.fromFile(SHAPES), Inference.standard(), line -> {}).load(List.of(ONTOLOGY, DATA));
        }
        return loaded;
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
            QueryExec.dataset(store).query(QueryFactory.create(PREFIXES + query)).select().forEachRemaining(rows::add);
            return rows;
        });
    }

    static Node id(String path) {
        return NodeFactory.createURI(ID + path);
    }

    private ProjectData() {}
}
