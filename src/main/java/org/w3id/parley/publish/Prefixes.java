package org.w3id.parley.publish;

import java.util.Map;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shared.PrefixMapping;

import org.w3id.parley.vocab.Parley;
import org.w3id.parley.vocab.ParleyId;

/** The prefixes used in every RDF representation, so Turtle and JSON-LD stay short and readable. */
final class Prefixes {
    static final Map<String, String> COMMON = Map.ofEntries(
            Map.entry("parley", Parley.NS),
            Map.entry("id", ParleyId.NS),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("prov", "http://www.w3.org/ns/prov#"),
            Map.entry("org", "http://www.w3.org/ns/org#"),
            Map.entry("foaf", "http://xmlns.com/foaf/0.1/"),
            Map.entry("schema", "https://schema.org/"),
            Map.entry("oa", "http://www.w3.org/ns/oa#"),
            Map.entry("cnt", "http://www.w3.org/2011/content#"),
            Map.entry("void", "http://rdfs.org/ns/void#"),
            Map.entry("dcat", "http://www.w3.org/ns/dcat#"),
            Map.entry("sd", "http://www.w3.org/ns/sparql-service-description#"),
            Map.entry("wd", "http://www.wikidata.org/entity/"));

    static PrefixMapping asMapping(PrefixMap prefixes) {
        PrefixMapping mapping = PrefixMapping.Factory.create();
        prefixes.forEach(mapping::setNsPrefix);
        return mapping;
    }

    private Prefixes() {}
}
