package org.w3id.parley.generate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The vocabulary terms the generator writes, as Jena nodes, so templates read like the data they produce. */
final class Terms {
    static final String PARLEY = "https://w3id.org/parley/ontology#";
    static final String ID = "https://w3id.org/parley/id/";
    /** Everything generated lives under here, so synthetic data can never collide with the real article's IRIs. */
    static final String GEN = ID + "gen/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String SCHEMA = "https://schema.org/";
    static final String OA = "http://www.w3.org/ns/oa#";
    static final String CNT = "http://www.w3.org/2011/content#";

    /** Prefixes written at the head of every file, in a fixed order (output must be byte-identical run to run). */
    static final String[][] PREFIXES = {
        {"parley", PARLEY}, {"id", ID}, {"rdf", RDF}, {"rdfs", RDFS}, {"xsd", XSD}, {"skos", SKOS},
        {"dcterms", DCTERMS}, {"prov", PROV}, {"org", ORG}, {"schema", SCHEMA}, {"oa", OA}, {"cnt", CNT}
    };

    static final Node type = uri(RDF + "type");
    static final Node label = uri(RDFS + "label");

    static final Node State = parley("State");
    static final Node Government = parley("Government");
    static final Node Group = parley("Group");
    static final Node Person = parley("Person");
    static final Node Territory = parley("Territory");
    static final Node Demand = parley("Demand");
    static final Node Concession = parley("Concession");
    static final Node Guarantee = parley("Guarantee");
    static final Node NegotiationStage = parley("NegotiationStage");
    static final Node Sequence = parley("Sequence");
    static final Node AgendaTopic = parley("AgendaTopic");
    static final Node Claim = parley("Claim");

    static final Node speaksFor = parley("speaksFor");
    static final Node statedBy = parley("statedBy");
    static final Node modality = parley("modality");
    static final Node hasQuote = parley("hasQuote");
    static final Node sha256 = parley("sha256");
    static final Node demandedBy = parley("demandedBy");
    static final Node demandedOf = parley("demandedOf");
    static final Node demandsItem = parley("demandsItem");
    static final Node concededBy = parley("concededBy");
    static final Node concerns = parley("concerns");
    static final Node isPreconditionFor = parley("isPreconditionFor");
    static final Node contingentOn = parley("contingentOn");
    static final Node offeredBy = parley("offeredBy");
    static final Node offeredTo = parley("offeredTo");
    static final Node earlierStep = parley("earlierStep");
    static final Node laterStep = parley("laterStep");
    static final Node requiresSequence = parley("requiresSequence");
    static final Node cannotAccept = parley("cannotAccept");
    static final Node agendaTopic = parley("agendaTopic");
    static final Node wantsOnAgenda = parley("wantsOnAgenda");
    static final Node prioritises = parley("prioritises");

    static final Node asserted = parley("asserted");
    static final Node reported = parley("reported");
    static final Node quoted = parley("quoted");
    static final Node predicted = parley("predicted");
    static final Node recommended = parley("recommended");
    static final Node hedged = parley("hedged");

    static final Node ConceptScheme = uri(SKOS + "ConceptScheme");
    static final Node prefLabel = uri(SKOS + "prefLabel");
    static final Node inScheme = uri(SKOS + "inScheme");

    static final Node Organization = uri(ORG + "Organization");
    static final Node ProvEntity = uri(PROV + "Entity");
    static final Node wasDerivedFrom = uri(PROV + "wasDerivedFrom");
    static final Node isFormatOf = uri(DCTERMS + "isFormatOf");
    static final Node format = uri(DCTERMS + "format");

    static final Node OpinionNewsArticle = uri(SCHEMA + "OpinionNewsArticle");
    static final Node headline = uri(SCHEMA + "headline");
    static final Node author = uri(SCHEMA + "author");
    static final Node publisher = uri(SCHEMA + "publisher");
    static final Node datePublished = uri(SCHEMA + "datePublished");
    static final Node url = uri(SCHEMA + "url");

    static final Node Annotation = uri(OA + "Annotation");
    static final Node SpecificResource = uri(OA + "SpecificResource");
    static final Node TextQuoteSelector = uri(OA + "TextQuoteSelector");
    static final Node TextPositionSelector = uri(OA + "TextPositionSelector");
    static final Node hasSource = uri(OA + "hasSource");
    static final Node hasSelector = uri(OA + "hasSelector");
    static final Node hasBody = uri(OA + "hasBody");
    static final Node hasTarget = uri(OA + "hasTarget");
    static final Node motivatedBy = uri(OA + "motivatedBy");
    static final Node identifying = uri(OA + "identifying");
    static final Node exact = uri(OA + "exact");
    static final Node prefix = uri(OA + "prefix");
    static final Node suffix = uri(OA + "suffix");
    static final Node start = uri(OA + "start");
    static final Node end = uri(OA + "end");

    static final Node ContentAsText = uri(CNT + "ContentAsText");
    static final Node chars = uri(CNT + "chars");

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node gen(String path) {
        return uri(GEN + path);
    }

    static Node parley(String local) {
        return uri(PARLEY + local);
    }

    static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    static Node string(String text) {
        return NodeFactory.createLiteralString(text);
    }

    static Node offset(int codePoints) {
        return NodeFactory.createLiteralDT(Integer.toString(codePoints), XSDDatatype.XSDnonNegativeInteger);
    }

    static Node dateTime(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdateTime);
    }

    private Terms() {}
}
