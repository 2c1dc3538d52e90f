package org.w3id.parley.vocab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.DC_11;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;

/**
 * The prefixes Parley writes, in one fixed order (generated files must be byte-identical run to run), so Turtle,
 * TriG and JSON-LD stay short and readable.
 */
public final class Prefixes {
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** Prefix to namespace, in the order they are written. */
    public static final Map<String, String> COMMON = ordered(
            "parley",
            Parley.NS,
            "id",
            ParleyId.NS,
            "rdf",
            RDF.getURI(),
            "rdfs",
            RDFS.getURI(),
            "owl",
            OWL2.getURI(),
            "xsd",
            XSD.getURI(),
            "skos",
            SKOS.getURI(),
            "dcterms",
            DCTerms.getURI(),
            "dc",
            DC_11.getURI(),
            "prov",
            Prov.NS,
            "org",
            ORG.NS,
            "foaf",
            FOAF.getURI(),
            "schema",
            SchemaDO.NS,
            // schema.org's other scheme, which Wikidata and most published data use; the alignment bridge makes them
            // one.
            "schemahttp",
            "http://schema.org/",
            "oa",
            OA.NS,
            "cnt",
            Cnt.NS,
            "void",
            VOID.NS,
            "dcat",
            DCAT.NS,
            "sd",
            Sd.NS,
            "wd",
            WIKIDATA);

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put(pairs[i], pairs[i + 1]);
        return Collections.unmodifiableMap(map);
    }

    private Prefixes() {}
}
