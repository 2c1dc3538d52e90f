package org.w3id.parley.generate;

import static org.w3id.parley.generate.Values.*;
import static org.w3id.parley.vocab.Parley.*;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.parley.Sha256;
import org.w3id.parley.generate.ActorPool.Named;
import org.w3id.parley.generate.ActorPool.Side;
import org.w3id.parley.generate.ArticleText.Span;
import org.w3id.parley.vocab.Cnt;
import org.w3id.parley.vocab.Prov;

/**
 * One generated article: a small negotiation between a demanding state, a conceding state and a
 * mediator, told as text whose sentences are the claims. Its structure mirrors the real article's
 * central pattern (a demanded withdrawal that unlocks talks, guarantees made contingent on it, a
 * required sequence the other side cannot accept), with precondition chains of random depth so the
 * analyses have paths of every length to walk. Articles on the same {@link Negotiation} share its parties and items and
 * follow one another in time; some of their claims are dated ("In March 2025, ...") or timed in words ("For months,
 * ..."), and their stances can turn (a red line in one, a hedged acceptance in the next) or contradict each other (the
 * mediator believes the withdrawal could secure a peace deal, the author predicts it will not).
 */
final class SyntheticArticle {

    /** A negotiation element or place the article's claims talk about, described in its entities graph. */
    private record Element(Node node, Node kind, String label) {
        /** The label as a noun phrase inside a sentence. */
        String the() {
            return "the " + label;
        }
    }

    /** A claim as built: its sentence's span in the text, when its words say it was held, and the triples its own graph asserts. */
    private record ClaimDraft(
            Node iri, String label, Node speaker, Node modality, When when, Span span, List<Triple> asserts) {}

    /** When a claim's words say the position was held: a dcterms:date, a parley:timeDescription, or neither (null). */
    private record When(Node date, Node description) {
        static final When UNSTATED = new When(null, null);

        static When in(YearMonth month) {
            return new When(NodeFactory.createLiteralDT(month.toString(), XSDDatatype.XSDgYearMonth), null);
        }

        static When described(String words) {
            return new When(null, en(words));
        }
    }

    /** Intermediate steps a precondition chain can pass through: kind and label template (%1$s territory, %2$s/%3$s sides). */
    private static final Object[][] CHAIN_STEPS = {
        {NegotiationStage, "ceasefire talks between %2$s and %3$s"},
        {Concession, "demilitarised zone around %1$s"},
        {Guarantee, "international monitoring mission in %1$s"},
        {Concession, "limits on the size of the %4$s army"},
        {NegotiationStage, "final settlement conference"},
        {Guarantee, "non-aggression pact between %2$s and %3$s"},
    };

    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };
    private static final int MAX_EXTRA_STEPS = 4;

    private final String id;
    private final Negotiation negotiation;
    private final int part;
    private final SplittableRandom random;
    private final Side demander;
    private final Side conceder;
    private final Side mediator;
    private final Named author;
    private final Named publisher;
    private final List<Named> topics;
    private final String territory;
    private final ArticleText text = new ArticleText();
    private final List<Element> elements = new ArrayList<>();
    private final List<Triple> elementLinks = new ArrayList<>();
    private final List<ClaimDraft> claims = new ArrayList<>();

    /** Article {@code index}, the {@code part}-th (from 0) on {@code negotiation}. */
    SyntheticArticle(ActorPool pool, int index, Negotiation negotiation, int part, SplittableRandom random) {
        this.id = String.format(Locale.ROOT, "a%06d", index);
        this.negotiation = negotiation;
        this.part = part;
        this.random = random;
        demander = negotiation.demander();
        conceder = negotiation.conceder();
        mediator = negotiation.mediator();
        author = pool.authors.get(random.nextInt(pool.authors.size()));
        publisher = pool.publishers.get(random.nextInt(pool.publishers.size()));
        topics = new ArrayList<>();
        for (int t : distinct(pool.topics.size(), 2 + random.nextInt(3))) topics.add(pool.topics.get(t));
        territory = negotiation.territory();
    }

    /**
     * Builds the article and adds its quads to {@code out}. {@code refusedSequence} forces the sequencing
     * conflict, so every corpus, however small, gives the deadlock analysis something to find.
     */
    void write(GraphBuffer out, boolean refusedSequence) {
        LocalDate date = negotiation.day(part, random);
        int hour = 6 + random.nextInt(14);
        int minute = random.nextInt(60);
        String headline = headline();
        compose(date, refusedSequence);
        String body = text.text();

        Node article = node("article");
        Node textResource = node("text");
        out.in(node("graph/source"));
        out.add(article, RDF.type, SchemaDO.OpinionNewsArticle)
                .add(article, RDF.type, Prov.Entity)
                .add(article, RDFS.label, en(headline))
                .add(article, SchemaDO.headline, string(headline))
                .add(article, SchemaDO.author, author.node())
                .add(article, SchemaDO.publisher, publisher.node())
                .add(
                        article,
                        SchemaDO.datePublished,
                        dateTime(String.format(Locale.ROOT, "%sT%02d:%02d:00", date, hour, minute)))
                .add(article, SchemaDO.url, uri("https://example.org/articles/" + id));
        out.add(textResource, RDF.type, Cnt.ContentAsText)
                .add(textResource, RDF.type, Prov.Entity)
                .add(textResource, RDFS.label, en("Plain text of the synthetic article " + id))
                .add(textResource, DCTerms.isFormatOf, article)
                .add(textResource, DCTerms.format, string("text/plain"))
                .add(textResource, sha256, string(Sha256.of(body)))
                .add(textResource, Cnt.chars, string(body));

        out.in(node("graph/entities"));
        for (Element e : elements) {
            out.add(e.node(), RDF.type, e.kind()).add(e.node(), RDFS.label, en(e.label()));
            // Each element's links right after its label, so the writer keeps one block per element.
            elementLinks.stream()
                    .filter(l -> l.getSubject().equals(e.node()))
                    .forEach(l -> out.add(l.getSubject(), l.getPredicate(), l.getObject()));
        }

        out.in(node("graph/claims"));
        for (ClaimDraft c : claims) anchor(out, c, article, textResource, body);
        for (ClaimDraft c : claims) out.in(c.iri()).addAll(c.asserts());
    }

    /** The claim's metadata and its Web Annotation anchoring, computed from the finished text. */
    private static void anchor(GraphBuffer out, ClaimDraft c, Node article, Node textResource, String body) {
        Node target = uri(c.iri().getURI() + "#target");
        Node quote = uri(c.iri().getURI() + "#quote");
        Node position = uri(c.iri().getURI() + "#position");
        Node annotation = uri(c.iri().getURI() + "#annotation");
        out.add(c.iri(), RDF.type, Claim)
                .add(c.iri(), RDFS.label, en(c.label()))
                .add(c.iri(), heldBy, c.speaker())
                .add(c.iri(), statedBy, c.speaker())
                .add(c.iri(), modality, c.modality())
                .add(c.iri(), Prov.wasDerivedFrom, article);
        if (c.when().date() != null) out.add(c.iri(), DCTerms.date, c.when().date());
        if (c.when().description() != null)
            out.add(c.iri(), timeDescription, c.when().description());
        out.add(c.iri(), hasQuote, target);
        out.add(target, RDF.type, OA.SpecificResource)
                .add(target, OA.hasSource, textResource)
                .add(target, OA.hasSelector, quote)
                .add(target, OA.hasSelector, position);
        out.add(quote, RDF.type, OA.TextQuoteSelector)
                .add(
                        quote,
                        OA.exact,
                        string(body.substring(c.span().start(), c.span().end())));
        // The shapes want prefix and suffix omitted rather than empty at either end of the text.
        String before = ArticleText.prefix(body, c.span());
        String after = ArticleText.suffix(body, c.span());
        if (!before.isEmpty()) out.add(quote, OA.prefix, string(before));
        if (!after.isEmpty()) out.add(quote, OA.suffix, string(after));
        out.add(position, RDF.type, OA.TextPositionSelector)
                .add(position, OA.start, offset(c.span().start()))
                .add(position, OA.end, offset(c.span().end()));
        out.add(annotation, RDF.type, OA.Annotation)
                .add(annotation, OA.motivatedBy, OA.identifying)
                .add(annotation, OA.hasBody, c.iri())
                .add(annotation, OA.hasTarget, target);
    }

    /** Writes the text paragraph by paragraph, creating each claim as its sentence is placed. */
    private void compose(LocalDate date, boolean refusedSequence) {
        // The negotiation's items, shared by its articles (the precondition chain's steps are the article's own).
        Element place = shared("place/p1", Territory, territory.replaceFirst("^the ", ""));
        Element withdrawal = shared(
                "concession/c1", Concession, "withdrawal of " + conceder.demonym() + " forces from " + territory);
        elementLinks.add(Triple.create(withdrawal.node(), concerns, place.node()));
        Element demand =
                shared("demand/d1", Demand, "demand that " + conceder.capitalName() + " withdraw from " + territory);
        Element guarantee =
                shared("guarantee/g1", Guarantee, mediator.demonym() + " security commitments to " + conceder.name());
        Element opening = shared(
                "stage/s1",
                NegotiationStage,
                "start of negotiations between " + demander.name() + " and " + conceder.name());
        Element laterRound = shared("stage/s2", NegotiationStage, "later round of negotiations on other topics");

        boolean requires = refusedSequence || random.nextInt(10) < 7;
        // The negotiation's last article has the conceder's leaders soften (unless this one must hold a deadlock), so
        // that even a small corpus has stances that shift between its sources.
        boolean softens = !refusedSequence && part == Negotiation.SOURCES - 1;
        boolean redLine = !softens && (refusedSequence || random.nextInt(10) < 7);
        Element sequence = requires || redLine || softens
                ? shared("sequence/q1", Sequence, "withdrawal from " + territory + " first, security commitments later")
                : null;

        text.line(String.format(
                Locale.ROOT, "%s %d, %d", MONTHS[date.getMonthValue() - 1], date.getDayOfMonth(), date.getYear()));
        text.sentence(pick(
                "The war between " + demander.name() + " and " + conceder.name() + " has entered its "
                        + pick("second", "third", "fourth") + " year.",
                "Talks between " + demander.name() + " and " + conceder.name() + " have stalled again this month.",
                "Few observers expect a settlement between " + demander.name() + " and " + conceder.name()
                        + " before the winter."));
        String demanded = " that " + conceder.capitalName() + " withdraw its forces from " + territory + ".";
        YearMonth month = YearMonth.from(date).minusMonths(1 + random.nextInt(6));
        When when = pick(When.described("For months"), When.in(month), When.UNSTATED);
        String sentence = when.description() != null
                ? "For months, " + demander.officialsLabel() + " have demanded" + demanded
                : when.date() != null
                        ? "In " + MONTHS[month.getMonthValue() - 1] + " " + month.getYear() + ", "
                                + demander.officialsLabel() + " demanded" + demanded
                        : cap(demander.officialsLabel()) + " have repeatedly demanded" + demanded;
        claimAt(
                when,
                sentence,
                cap(demander.officialsLabel()) + " demand that " + conceder.capitalName() + " withdraw from "
                        + territory,
                demander.officials(),
                reported,
                t(demand.node(), demandedBy, demander.officials()),
                t(demand.node(), demandedOf, conceder.government()),
                t(demand.node(), demandsItem, withdrawal.node()));

        List<Triple> contingent = new ArrayList<>(List.of(
                t(guarantee.node(), contingentOn, withdrawal.node()),
                t(guarantee.node(), offeredBy, mediator.government()),
                t(guarantee.node(), offeredTo, conceder.government()),
                t(withdrawal.node(), concededBy, conceder.government())));
        if (requires)
            contingent.addAll(List.of(
                    t(mediator.government(), requiresSequence, sequence.node()),
                    t(sequence.node(), earlierStep, withdrawal.node()),
                    t(sequence.node(), laterStep, guarantee.node())));
        text.paragraph();
        boolean inTalks = random.nextBoolean();
        claimAt(
                inTalks ? When.described("In recent rounds of talks") : When.UNSTATED,
                (inTalks ? "In recent rounds of talks, " : "") + mediator.capitalName()
                        + " has reportedly made its future security commitments to " + conceder.name()
                        + " contingent on " + withdrawal.the()
                        + (requires ? ", insisting that the withdrawal come first and the commitments later." : "."),
                mediator.capitalName() + " makes its security commitments to " + conceder.name() + " contingent on "
                        + withdrawal.label() + (requires ? ", withdrawal first" : ""),
                mediator.government(),
                reported,
                contingent.toArray(Triple[]::new));
        peaceDeal(withdrawal);

        preconditionChain(withdrawal, opening, laterRound);

        text.paragraph();
        String topicList = joinTopics();
        Node agendaModality = pick(predicted, reported);
        claim(
                demander.capitalName()
                        + (agendaModality.equals(predicted)
                                ? " will then want the talks to move on to "
                                : " hopes the talks will move on to ")
                        + topicList + ".",
                demander.capitalName() + " wants the later round of negotiations to cover " + topicList,
                demander.government(),
                agendaModality,
                agendaTriples(laterRound));
        if (random.nextBoolean()) {
            Element guarantees =
                    shared("demand/d2", Demand, "demand for " + mediator.demonym() + " security guarantees");
            claim(
                    cap(conceder.leadersLabel()) + ", for their part, want binding security guarantees from "
                            + mediator.name() + ".",
                    cap(conceder.leadersLabel()) + " demand security guarantees from " + mediator.name(),
                    conceder.leaders(),
                    reported,
                    t(guarantees.node(), demandedBy, conceder.leaders()),
                    t(guarantees.node(), demandedOf, mediator.government()),
                    t(guarantees.node(), demandsItem, guarantee.node()));
        }
        if (redLine) {
            Triple[] refusal = {
                t(conceder.leaders(), cannotAccept, sequence.node()),
                t(sequence.node(), earlierStep, withdrawal.node()),
                t(sequence.node(), laterStep, guarantee.node())
            };
            if (random.nextBoolean())
                claim(
                        "Understanding this, " + conceder.leadersLabel()
                                + " can never accept a bargain that asks them to give up " + territory
                                + " first and receive security promises later.",
                        cap(conceder.leadersLabel()) + " can never accept giving up " + territory
                                + " first and receiving security promises later",
                        author.node(),
                        asserted,
                        refusal);
            else
                claim(
                        cap(conceder.leadersLabel()) + " have said they \"can never accept\" giving up " + territory
                                + " before receiving security promises.",
                        cap(conceder.leadersLabel()) + " say they can never accept giving up " + territory
                                + " before receiving security promises",
                        conceder.leaders(),
                        quoted,
                        refusal);
        } else if (softens) {
            // No red line this time: the stance that, next to an earlier article's red line, makes a shift.
            claim(
                    "Yet " + conceder.leadersLabel() + " might accept giving up " + territory
                            + " first and receiving security promises later.",
                    cap(conceder.leadersLabel()) + " might accept giving up " + territory
                            + " first and receiving security promises later",
                    author.node(),
                    hedged,
                    t(conceder.leaders(), accepts, sequence.node()),
                    t(sequence.node(), earlierStep, withdrawal.node()),
                    t(sequence.node(), laterStep, guarantee.node()));
        }

        text.paragraph();
        Named focus = topics.get(0);
        claim(
                mediator.capitalName() + " should instead put " + focus.name() + " at the centre of the talks.",
                mediator.capitalName() + " should prioritise " + focus.name(),
                author.node(),
                recommended,
                t(mediator.government(), prioritises, focus.node()));
        text.sentence(pick(
                "None of this means that peace is close.",
                "The coming weeks will show whether either side is ready to move.",
                "For now, the guns are not falling silent."));
    }

    /**
     * Whether the withdrawal would secure a peace deal: the mediator believes it could, the author predicts it will
     * not, each in half the articles; both in one article, or in two on the same negotiation, is a disagreement.
     */
    private void peaceDeal(Element withdrawal) {
        boolean believes = random.nextBoolean();
        boolean doubts = random.nextBoolean();
        if (!believes && !doubts) return;
        Element deal =
                shared("outcome/o1", Outcome, "peace deal between " + demander.name() + " and " + conceder.name());
        if (believes)
            claim(
                    mediator.capitalName() + " believes that " + withdrawal.the() + " could secure " + "a "
                            + deal.label() + ".",
                    mediator.capitalName() + " believes the withdrawal could secure a peace deal",
                    mediator.government(),
                    reported,
                    t(withdrawal.node(), leadsTo, deal.node()));
        if (doubts)
            claim(
                    "But the withdrawal will not bring a " + deal.label() + ".",
                    "The withdrawal will not bring a peace deal",
                    author.node(),
                    predicted,
                    t(withdrawal.node(), doesNotLeadTo, deal.node()));
    }

    /** A chain of 2 to 6 precondition links from the withdrawal to the later round, one claim per link. */
    private void preconditionChain(Element withdrawal, Element opening, Element laterRound) {
        int extra = random.nextInt(MAX_EXTRA_STEPS + 1);
        List<Element> chain = new ArrayList<>(List.of(withdrawal, opening));
        int[] steps = distinct(CHAIN_STEPS.length, extra);
        for (int i = 0; i < extra; i++) {
            Object[] step = CHAIN_STEPS[steps[i]];
            chain.add(element(
                    "step/e" + (i + 1),
                    (Node) step[0],
                    String.format(
                            Locale.ROOT,
                            (String) step[1],
                            territory,
                            demander.name(),
                            conceder.name(),
                            conceder.demonym())));
        }
        chain.add(laterRound);
        for (int i = 0; i + 1 < chain.size(); i++) {
            if (i % 2 == 0) text.paragraph();
            link(chain.get(i), chain.get(i + 1));
        }
    }

    /** One precondition link, said by a speaker chosen at random, in that speaker's voice. */
    private void link(Element before, Element after) {
        Triple asserts = t(before.node(), isPreconditionFor, after.node());
        String label = before.label() + " is a precondition for " + after.label();
        switch (random.nextInt(6)) {
            case 0 ->
                claim(
                        "According to " + demander.officialsLabel() + ", " + before.the() + " is a precondition for "
                                + after.the() + ".",
                        cap(demander.officialsLabel()) + ": " + label,
                        demander.officials(),
                        reported,
                        asserts);
            case 1 ->
                claim(
                        "In the view of " + demander.capitalName() + ", there can be no " + after.label() + " without "
                                + before.the() + ".",
                        demander.capitalName() + ": " + label,
                        demander.government(),
                        reported,
                        asserts);
            case 2 ->
                claim(
                        "As " + demander.headName() + " put it, \"there will be no " + after.label() + " without "
                                + before.the() + ".\"",
                        demander.headName() + ": " + label,
                        demander.head(),
                        quoted,
                        asserts);
            case 3 ->
                claim(
                        "In practice, " + before.the() + " is a precondition for " + after.the() + ".",
                        cap(label),
                        author.node(),
                        asserted,
                        asserts);
            case 4 ->
                claim(
                        cap(before.the()) + " will almost certainly have to come before " + after.the() + ".",
                        cap(label),
                        author.node(),
                        predicted,
                        asserts);
            default ->
                claim(
                        cap(before.the()) + " may turn out to be a precondition for " + after.the() + ".",
                        cap(label),
                        author.node(),
                        hedged,
                        asserts);
        }
    }

    private Triple[] agendaTriples(Element stage) {
        List<Triple> triples = new ArrayList<>();
        for (Named t : topics) triples.add(t(demander.government(), wantsOnAgenda, t.node()));
        for (Named t : topics) triples.add(t(stage.node(), agendaTopic, t.node()));
        return triples.toArray(Triple[]::new);
    }

    private String joinTopics() {
        List<String> names = topics.stream().map(Named::name).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private String headline() {
        return pick(
                "Why " + territory + " will not buy peace between " + demander.name() + " and " + conceder.name(),
                mediator.capitalName() + "'s bargain over " + territory + " is bound to fail",
                "The sequencing trap in the " + demander.name() + "-" + conceder.name() + " talks");
    }

    private void claim(String sentence, String label, Node speaker, Node modality, Triple... asserts) {
        claimAt(When.UNSTATED, sentence, label, speaker, modality, asserts);
    }

    private void claimAt(When when, String sentence, String label, Node speaker, Node modality, Triple... asserts) {
        Span span = text.sentence(sentence);
        claims.add(new ClaimDraft(
                node("claim/c" + (claims.size() + 1)), label, speaker, modality, when, span, List.of(asserts)));
    }

    /** An element of this article only. */
    private Element element(String path, Node kind, String label) {
        return described(new Element(node(path), kind, label));
    }

    /** An element of the negotiation, the same IRI and label in each of its articles (each describes it again). */
    private Element shared(String path, Node kind, String label) {
        return described(new Element(gen(negotiation.id() + "/" + path), kind, label));
    }

    private Element described(Element e) {
        elements.add(e);
        return e;
    }

    /** An IRI under this article's own prefix, so no two articles ever share a node. */
    private Node node(String path) {
        return gen(id + "/" + path);
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private int[] distinct(int n, int k) {
        return Negotiation.distinct(random, n, k);
    }

    private static Triple t(Node s, Node p, Node o) {
        return Triple.create(s, p, o);
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
