package org.w3id.parley.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.parley.load.SourceFiles;

/** Every RDF file under ontology/ and data/ parses with Jena RIOT without a single warning. */
class ParsesCleanlyTest {

    static Stream<Path> files() {
        return ProjectData.rdfFiles().stream();
    }

    @Test
    void theProjectHasItsOntologyShapesAndArticleData() {
        assertEquals(
                Set.of(
                        "ontology/parley.ttl",
                        "ontology/parley-align.ttl",
                        "ontology/shapes.ttl",
                        "data/article/claims.trig",
                        "data/article/entities.trig",
                        "data/article/source.trig"),
                files().map(p -> p.toString().replace('\\', '/')).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @MethodSource("files")
    void parsesWithoutWarnings(Path file) {
        List<String> problems = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                problems.add("warning " + line + ":" + col + " " + message);
            }

            @Override
            public void error(String message, long line, long col) {
                problems.add("error " + line + ":" + col + " " + message);
            }

            @Override
            public void fatal(String message, long line, long col) {
                problems.add("fatal " + line + ":" + col + " " + message);
            }
        };
        RDFParser.source(file)
                .lang(SourceFiles.syntaxOf(file))
                .errorHandler(collect)
                .parse(StreamRDFLib.sinkNull());
        assertEquals(List.of(), problems);
    }
}
