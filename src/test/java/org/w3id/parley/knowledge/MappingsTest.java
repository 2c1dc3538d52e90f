package org.w3id.parley.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ontology/mappings.sssom.tsv} and the axioms say the same thing: one SSSOM row for each alignment in
 * {@code parley.ttl} and in the bridge {@code parley-align.ttl}, and an axiom for each row. An alignment is a
 * sub-class, sub-property or equivalence axiom of the bridge, or one of parley.ttl to a term of another vocabulary.
 */
class MappingsTest {
    private static final Path TSV = ProjectData.ONTOLOGY.resolve("mappings.sssom.tsv");
    private static final List<String> COLUMNS =
            List.of("subject_id", "predicate_id", "object_id", "mapping_justification", "confidence", "comment");
    private static final Set<Node> ALIGNING = Set.of(
            RDFS.subClassOf.asNode(),
            RDFS.subPropertyOf.asNode(),
            OWL.equivalentClass.asNode(),
            OWL.equivalentProperty.asNode());

    private static final Map<String, String> curies = new LinkedHashMap<>();
    private static final List<List<String>> rows = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        List<String> lines = Files.readAllLines(TSV, StandardCharsets.UTF_8);
        boolean inCurieMap = false;
        List<String> table = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("#")) {
                table.add(line);
                continue;
            }
            // The metadata is YAML behind "# "; only the curie_map block matters here.
            String yaml = line.substring(1).stripTrailing();
            if (yaml.strip().equals("curie_map:")) inCurieMap = true;
            else if (inCurieMap && yaml.startsWith("   ") && yaml.contains(": ")) {
                String[] entry = yaml.strip().split(": ", 2);
                curies.put(entry[0], entry[1]);
            } else inCurieMap = false;
        }
        assertEquals(COLUMNS, List.of(table.get(0).split("\t")), "the SSSOM columns, in order");
        for (String line : table.subList(1, table.size())) if (!line.isBlank()) rows.add(List.of(line.split("\t", -1)));
    }

    private static String expand(String curie) {
        int colon = curie.indexOf(':');
        String namespace = curies.get(curie.substring(0, colon));
        assertTrue(namespace != null, () -> curie + ": its prefix is not in the curie_map " + curies.keySet());
        return namespace + curie.substring(colon + 1);
    }

    /** Every such axiom of the bridge, and those of parley.ttl that leave Parley's namespace. */
    private static Set<String> axioms() {
        Set<String> alignments = new TreeSet<>();
        RDFDataMgr.loadGraph(ProjectData.ONTOLOGY.resolve("parley-align.ttl").toString())
                .find()
                .forEachRemaining(t -> {
                    if (ALIGNING.contains(t.getPredicate()))
                        alignments.add(key(t.getSubject(), t.getPredicate(), t.getObject()));
                });
        RDFDataMgr.loadGraph(ProjectData.ONTOLOGY.resolve("parley.ttl").toString())
                .find()
                .forEachRemaining(t -> {
                    if (ALIGNING.contains(t.getPredicate())
                            && t.getObject().isURI()
                            && !t.getObject().getURI().startsWith(ProjectData.PARLEY))
                        alignments.add(key(t.getSubject(), t.getPredicate(), t.getObject()));
                });
        return alignments;
    }

    private static String key(Node subject, Node predicate, Node object) {
        return subject.getURI() + " " + predicate.getURI() + " " + object.getURI();
    }

    @Test
    void theTableAndTheAxiomsSayTheSameThing() {
        Set<String> inTable = new TreeSet<>();
        for (List<String> row : rows)
            inTable.add(String.join(" ", expand(row.get(0)), expand(row.get(1)), expand(row.get(2))));
        assertEquals(rows.size(), inTable.size(), "no alignment has two rows");
        Set<String> axioms = axioms();
        Set<String> missingRows = new TreeSet<>(axioms);
        missingRows.removeAll(inTable);
        Set<String> missingAxioms = new TreeSet<>(inTable);
        missingAxioms.removeAll(axioms);
        assertTrue(missingRows.isEmpty(), () -> "alignments with no SSSOM row: " + missingRows);
        assertTrue(missingAxioms.isEmpty(), () -> "SSSOM rows with no axiom: " + missingAxioms);
        // The article's vocabularies are all there: a bridge that lost schema.org's http scheme would show here.
        for (String namespace : List.of(
                "http://xmlns.com/foaf/0.1/",
                "http://www.w3.org/ns/org#",
                "https://schema.org/",
                "http://schema.org/",
                "http://www.w3.org/ns/prov#",
                "http://www.w3.org/2004/02/skos/core#",
                "http://purl.org/dc/terms/"))
            assertTrue(inTable.stream().anyMatch(a -> a.contains(" " + namespace)), namespace);
    }

    @Test
    void everyRowIsACuratedMappingWithAConfidenceAndAComment() {
        assertTrue(rows.size() >= 40, "rows: " + rows.size());
        for (List<String> row : rows) {
            assertEquals(COLUMNS.size(), row.size(), row::toString);
            assertEquals("semapv:ManualMappingCuration", row.get(3), row::toString);
            assertEquals("https://w3id.org/semapv/vocab/", curies.get("semapv"));
            double confidence = Double.parseDouble(row.get(4));
            assertTrue(confidence > 0 && confidence <= 1, row::toString);
            assertTrue(row.get(5).length() > 10, () -> "a comment says why: " + row);
            assertTrue(
                    Set.of(RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.equivalentProperty).stream()
                            .anyMatch(p -> p.getURI().equals(expand(row.get(1)))),
                    row::toString);
        }
    }
}
