package org.w3id.parley.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The Parley ontology, {@code https://w3id.org/parley/ontology#}: every term {@code ontology/parley.ttl} declares, as
 * Jena nodes, in the style of Jena's own vocabulary classes. A test checks this class and the ontology name the same terms.
 */
public final class Parley {
    public static final String NS = "https://w3id.org/parley/ontology#";
    /** The ontology itself; its terms are fragments of this document. */
    public static final Node ONTOLOGY = NodeFactory.createURI("https://w3id.org/parley/ontology");

    // Classes
    public static final Node Actor = term("Actor");
    public static final Node AgendaTopic = term("AgendaTopic");
    public static final Node Alliance = term("Alliance");
    public static final Node Benefit = term("Benefit");
    public static final Node Claim = term("Claim");
    public static final Node Concession = term("Concession");
    public static final Node Conflict = term("Conflict");
    public static final Node Demand = term("Demand");
    public static final Node Government = term("Government");
    public static final Node Group = term("Group");
    public static final Node Guarantee = term("Guarantee");
    public static final Node NegotiationElement = term("NegotiationElement");
    public static final Node NegotiationStage = term("NegotiationStage");
    public static final Node Obstacle = term("Obstacle");
    public static final Node Outcome = term("Outcome");
    public static final Node Person = term("Person");
    public static final Node Place = term("Place");
    public static final Node Proposal = term("Proposal");
    public static final Node Sequence = term("Sequence");
    public static final Node State = term("State");
    public static final Node Territory = term("Territory");

    // Object properties
    public static final Node accepts = term("accepts");
    public static final Node agendaTopic = term("agendaTopic");
    public static final Node aimsAt = term("aimsAt");
    public static final Node amountsTo = term("amountsTo");
    public static final Node attacks = term("attacks");
    public static final Node beneficiary = term("beneficiary");
    public static final Node cannotAccept = term("cannotAccept");
    public static final Node cannotProvide = term("cannotProvide");
    public static final Node canProvide = term("canProvide");
    public static final Node concededBy = term("concededBy");
    public static final Node concerns = term("concerns");
    public static final Node cameoEvent = term("cameoEvent");
    public static final Node contestedDuring = term("contestedDuring");
    public static final Node contingentOn = term("contingentOn");
    public static final Node couldLeadTo = term("couldLeadTo");
    public static final Node demandedBy = term("demandedBy");
    public static final Node demandedOf = term("demandedOf");
    public static final Node demandsItem = term("demandsItem");
    public static final Node doesNotEnsure = term("doesNotEnsure");
    public static final Node doesNotLeadTo = term("doesNotLeadTo");
    public static final Node doesNotPrioritise = term("doesNotPrioritise");
    public static final Node earlierStep = term("earlierStep");
    public static final Node fears = term("fears");
    public static final Node hasLeverageOver = term("hasLeverageOver");
    public static final Node hasPrecondition = term("hasPrecondition");
    public static final Node hasQuote = term("hasQuote");
    public static final Node hasSeat = term("hasSeat");
    public static final Node hopesToAvoid = term("hopesToAvoid");
    public static final Node imposedBy = term("imposedBy");
    public static final Node imposedOn = term("imposedOn");
    public static final Node inExchangeFor = term("inExchangeFor");
    public static final Node isPreconditionFor = term("isPreconditionFor");
    public static final Node isSoleObstacleTo = term("isSoleObstacleTo");
    public static final Node laterStep = term("laterStep");
    public static final Node leadsTo = term("leadsTo");
    public static final Node mediates = term("mediates");
    public static final Node misjudges = term("misjudges");
    public static final Node modality = term("modality");
    public static final Node negotiatesWith = term("negotiatesWith");
    public static final Node offeredBy = term("offeredBy");
    public static final Node offeredTo = term("offeredTo");
    public static final Node precludes = term("precludes");
    public static final Node prioritises = term("prioritises");
    public static final Node proposedBy = term("proposedBy");
    public static final Node rejects = term("rejects");
    public static final Node requiresConcession = term("requiresConcession");
    public static final Node requiresSequence = term("requiresSequence");
    public static final Node resists = term("resists");
    public static final Node signals = term("signals");
    public static final Node speaksFor = term("speaksFor");
    public static final Node heldBy = term("heldBy");
    public static final Node statedBy = term("statedBy");
    public static final Node supports = term("supports");
    public static final Node wants = term("wants");
    public static final Node wantsOnAgenda = term("wantsOnAgenda");

    // Datatype properties
    public static final Node isImminent = term("isImminent");
    public static final Node sha256 = term("sha256");
    public static final Node textFile = term("textFile");
    public static final Node quote = term("quote");
    public static final Node quotePrefix = term("quotePrefix");
    public static final Node quoteSuffix = term("quoteSuffix");
    public static final Node quoteOccurrence = term("quoteOccurrence");

    // Annotation properties
    public static final Node conflictsWith = term("conflictsWith");
    public static final Node restsOn = term("restsOn");
    public static final Node timeDescription = term("timeDescription");

    // Individuals
    public static final Node ModalityScheme = term("ModalityScheme");
    public static final Node asserted = term("asserted");
    public static final Node hedged = term("hedged");
    public static final Node predicted = term("predicted");
    public static final Node quoted = term("quoted");
    public static final Node recommended = term("recommended");
    public static final Node reported = term("reported");

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private Parley() {}
}
