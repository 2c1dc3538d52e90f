package org.w3id.parley.generate;

import static org.w3id.parley.generate.Values.*;
import static org.w3id.parley.vocab.Parley.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The actors every article draws on, described once in the shared actors file: fictional states, the
 * governments that speak for them (named by their capitals, as articles do), collective speakers,
 * heads of state, authors and publishers, plus the shared agenda topics. The pool is fixed, so actors
 * recur across articles exactly as real parties recur across real coverage. No owl:sameAs: these
 * places do not exist.
 */
final class ActorPool {

    /** One state and everyone who speaks for it. */
    record Side(
            String name,
            String demonym,
            String capitalName,
            Node state,
            Node government,
            Node leaders,
            Node officials,
            Node negotiators,
            Node head,
            String headName) {
        String leadersLabel() {
            return demonym + " leaders";
        }

        String officialsLabel() {
            return "senior " + demonym + " officials";
        }
    }

    /** A person who writes articles, or an organisation that publishes them. */
    record Named(Node node, String name) {}

    static final Node ACTORS_GRAPH = gen("graph/actors");
    static final Node TOPICS_GRAPH = gen("graph/topics");
    static final Node TOPIC_SCHEME = gen("topic/scheme");

    /** The fictional states, one a line: name, demonym, capital, head of state. */
    private static final List<String[]> STATES = Tables.rows("generate/states.tsv");

    private static final String[] AUTHORS = {
        "Ada Whitcombe",
        "Bram Osei",
        "Clara Ducret",
        "Dev Raman",
        "Eva Lindqvist",
        "Felix Amari",
        "Greta Novak",
        "Hugo Sato"
    };
    private static final String[] PUBLISHERS = {"The Ledger", "Northern Review", "Policy Desk", "The Meridian"};
    static final String[] TOPICS = {
        "size of the armed forces", "non-aligned status", "ties to the western bloc",
                "protection of minority languages",
        "root causes of the war", "sanctions relief", "prisoner exchanges", "control of the ports",
        "war reparations", "status of the border crossings", "return of displaced people", "nuclear plant safety",
        "grain exports", "arms control"
    };

    final List<Side> sides = new ArrayList<>();
    final List<Named> authors = new ArrayList<>();
    final List<Named> publishers = new ArrayList<>();
    final List<Named> topics = new ArrayList<>();

    ActorPool() {
        for (String[] s : STATES) {
            String slug = slug(s[0]);
            sides.add(new Side(
                    s[0],
                    s[1],
                    s[2],
                    gen("actor/" + slug),
                    gen("actor/" + slug + "-government"),
                    gen("actor/" + slug + "-leaders"),
                    gen("actor/" + slug + "-officials"),
                    gen("actor/" + slug + "-negotiators"),
                    gen("actor/" + slug(s[3])),
                    s[3]));
        }
        for (String a : AUTHORS) authors.add(new Named(gen("actor/" + slug(a)), a));
        for (String p : PUBLISHERS) publishers.add(new Named(gen("organization/" + slug(p)), p));
        for (String t : TOPICS) topics.add(new Named(gen("topic/" + slug(t)), t));
    }

    /** Every quad of the shared actors file. */
    void describe(GraphBuffer out) {
        out.in(ACTORS_GRAPH);
        for (Side s : sides) {
            out.add(s.state(), RDF.type, State).add(s.state(), RDFS.label, en(s.name()));
            out.add(s.government(), RDF.type, Government)
                    .add(s.government(), RDFS.label, en(s.capitalName()))
                    .add(s.government(), speaksFor, s.state());
            group(out, s.leaders(), s.leadersLabel(), s.state());
            group(out, s.officials(), s.officialsLabel(), s.state());
            group(out, s.negotiators(), s.demonym() + " negotiators", s.state());
            out.add(s.head(), RDF.type, Person)
                    .add(s.head(), RDFS.label, en(s.headName()))
                    .add(s.head(), speaksFor, s.state());
        }
        for (Named a : authors) out.add(a.node(), RDF.type, Person).add(a.node(), RDFS.label, en(a.name()));
        for (Named p : publishers)
            out.add(p.node(), RDF.type, ORG.Organization).add(p.node(), RDFS.label, en(p.name()));
        out.in(TOPICS_GRAPH);
        out.add(TOPIC_SCHEME, RDF.type, SKOS.ConceptScheme)
                .add(TOPIC_SCHEME, RDFS.label, en("Agenda topics of the synthetic corpus"))
                .add(TOPIC_SCHEME, SKOS.prefLabel, en("Agenda topics of the synthetic corpus"));
        for (Named t : topics)
            out.add(t.node(), RDF.type, AgendaTopic)
                    .add(t.node(), RDFS.label, en(t.name()))
                    .add(t.node(), SKOS.prefLabel, en(t.name()))
                    .add(t.node(), SKOS.inScheme, TOPIC_SCHEME);
    }

    private static void group(GraphBuffer out, Node group, String name, Node state) {
        out.add(group, RDF.type, Group).add(group, RDFS.label, en(name)).add(group, speaksFor, state);
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
