package org.w3id.parley.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/** The vocabulary class and the ontology name exactly the same terms, so code never invents an IRI the ontology lacks. */
class ParleyTest {

    @Test
    void namesEveryTermTheOntologyDeclaresAndNoOther() {
        Graph ontology = RDFDataMgr.loadGraph("ontology/parley.ttl");
        Set<String> declared = new TreeSet<>();
        ontology.find().forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Parley.NS))
                declared.add(t.getSubject().getURI());
        });
        Set<String> named = new TreeSet<>();
        for (Field field : Parley.class.getFields())
            if (Modifier.isStatic(field.getModifiers())
                    && field.getType() == Node.class
                    && !field.getName().equals("ONTOLOGY")) named.add(((Node) get(field)).getURI());
        assertEquals(declared, named);
        assertEquals(93, declared.size(), "the ontology declares 93 terms");
    }

    @Test
    void eachConstantIsNamedAfterItsLocalName() {
        Arrays.stream(Parley.class.getFields())
                .filter(f -> f.getType() == Node.class && !f.getName().equals("ONTOLOGY"))
                .forEach(f -> assertEquals(Parley.NS + f.getName(), ((Node) get(f)).getURI()));
    }

    private static Object get(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException ex) {
            throw new AssertionError(ex);
        }
    }
}
