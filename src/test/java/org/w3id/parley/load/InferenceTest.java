package org.w3id.parley.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class InferenceTest {
    private static final String EX = "http://example.org/#";

    private static Graph infer(String trig) {
        DatasetGraph sources = DatasetGraphFactory.createTxnMem();
        RDFParser.create()
                .source(new StringReader("@prefix : <" + EX + "> .\n"
                        + "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
                        + "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n" + trig))
                .lang(Lang.TRIG)
                .parse(sources);
        Graph union = GraphMemFactory.createDefaultGraph();
        sources.find().forEachRemaining(q -> union.add(q.asTriple()));
        return Inference.standard().materialise(union);
    }

    private static boolean has(Graph g, String s, String p, String o) {
        Node pn = p.equals("a") ? RDF.type.asNode() : NodeFactory.createURI(EX + p);
        return g.contains(NodeFactory.createURI(EX + s), pn, NodeFactory.createURI(EX + o));
    }

    @Test
    void transitiveClosureOfAChain() {
        Graph inferred = infer(":ont { :pre a owl:TransitiveProperty . }\n"
                + ":g1 { :a :pre :b } :g2 { :b :pre :c } :g3 { :c :pre :d }");
        assertTrue(has(inferred, "a", "pre", "c"));
        assertTrue(has(inferred, "a", "pre", "d"));
        assertTrue(has(inferred, "b", "pre", "d"));
        assertFalse(has(inferred, "a", "pre", "b"), "asserted triples stay out of the inferred graph");
        assertEquals(3, inferred.size());
    }

    @Test
    void aCycleShowsAsAReflexiveLink() {
        Graph inferred = infer(":ont { :pre a owl:TransitiveProperty . }\n:g1 { :a :pre :b } :g2 { :b :pre :a }");
        assertTrue(has(inferred, "a", "pre", "a"));
        assertTrue(has(inferred, "b", "pre", "b"));
    }

    @Test
    void inversesSubPropertiesAndSuperClassesCombine() {
        Graph inferred = infer("""
                :ont { :pre a owl:TransitiveProperty ; owl:inverseOf :req . :contingentOn rdfs:subPropertyOf :req .
                  :Guarantee rdfs:subClassOf :Item . :Item rdfs:subClassOf :Thing . }
                :g1 { :guarantee a :Guarantee ; :contingentOn :withdrawal . :withdrawal :pre :talks . }""");
        assertTrue(has(inferred, "guarantee", "req", "withdrawal"));
        assertTrue(has(inferred, "withdrawal", "pre", "guarantee"));
        assertTrue(has(inferred, "talks", "req", "withdrawal"));
        assertTrue(has(inferred, "guarantee", "a", "Item"));
        assertTrue(has(inferred, "guarantee", "a", "Thing"));
    }
}
