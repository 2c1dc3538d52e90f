package org.w3id.parley.publish.negotiation;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.RDFFormat;
import org.w3id.parley.query.ResultFormat;

/**
 * Every representation the site serves, with the {@code ?format=} name of each: an HTML page, RDF written by
 * Jena, or query results written as {@code parley query} writes them. Each endpoint offers its own list of these,
 * in its order of preference.
 */
public enum Representation {
    HTML("html", "text/html", null, null),
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY, null),
    JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD11_PRETTY, null),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES, null),
    RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PRETTY, null),
    TRIG("trig", "application/trig", RDFFormat.TRIG_PRETTY, null),
    /** SPARQL JSON results; clients that ask for plain JSON get it too. */
    RESULTS_JSON("json", null, null, ResultFormat.JSON, "application/json"),
    RESULTS_CSV("csv", null, null, ResultFormat.CSV),
    RESULTS_TSV("tsv", null, null, ResultFormat.TSV),
    RESULTS_XML("xml", null, null, ResultFormat.XML),
    RESULTS_TABLE("table", null, null, ResultFormat.TABLE);

    private final String key;
    private final String mediaType;
    private final RDFFormat writer;
    private final ResultFormat results;
    private final List<String> acceptedTypes;

    /** Results take their media type from the format that writes them; pages and RDF name theirs. */
    Representation(String key, String mediaType, RDFFormat writer, ResultFormat results, String... alsoAccepted) {
        this.key = key;
        this.writer = writer;
        this.results = results;
        this.mediaType = results != null ? results.mediaType() : mediaType;
        List<String> types = new ArrayList<>(List.of(this.mediaType));
        types.addAll(List.of(alsoAccepted));
        this.acceptedTypes = List.copyOf(types);
    }

    /** Its name for {@code ?format=}. */
    public String key() {
        return key;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The types an {@code Accept} header may name to get it: its own first, then any it is also known by. */
    public List<String> acceptedTypes() {
        return acceptedTypes;
    }

    /** How Jena writes it, for RDF; {@code null} otherwise. */
    public RDFFormat writer() {
        return writer;
    }

    /** How query results are written in it; {@code null} for pages and RDF. */
    public ResultFormat results() {
        return results;
    }

    public boolean isRdf() {
        return writer != null;
    }
}
