package org.w3id.parley.publish;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The representations a linked-data resource has, with the {@code ?format=} name of each. */
enum RdfFormat implements Offer {
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
    JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD11_PRETTY),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES),
    RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PRETTY),
    TRIG("trig", "application/trig", RDFFormat.TRIG_PRETTY),
    HTML("html", "text/html", null);

    final String key;
    final String mediaType;
    /** How Jena writes it; {@code null} for HTML, which is rendered from a template. */
    final RDFFormat writer;

    RdfFormat(String key, String mediaType, RDFFormat writer) {
        this.key = key;
        this.mediaType = mediaType;
        this.writer = writer;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String mediaType() {
        return mediaType;
    }

    Lang lang() {
        return writer == null ? null : writer.getLang();
    }

    boolean isRdf() {
        return writer != null;
    }

    static Optional<RdfFormat> byKey(String key) {
        String wanted = key.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key.equals(wanted)).findFirst();
    }
}
