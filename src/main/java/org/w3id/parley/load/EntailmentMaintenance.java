package org.w3id.parley.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Keeps a materialised closure up to date when its base changes, by delete and rederive (DRed: Gupta, Mumick and
 * Subrahmanian, "Maintaining views incrementally", SIGMOD 1993), over the same rules a full load applies.
 *
 * <ol>
 *   <li>Before the base changes, {@link #overdeleted}: every stored entailment that some derivation from a changed
 *       triple reaches, directly or through other such entailments. Any of them may lose its last derivation or some
 *       of the claims it rests on, so all of them are taken out.
 *   <li>After the base changed, {@link #rederive}: each overdeleted or changed triple is settled (dropped, or kept as
 *       base), those with a derivation from what is left are put back, and everything derivable from a put-back, new
 *       or changed triple is derived forward until nothing new follows. A triple put back is derivable from triples
 *       that were never taken out or were put back before it, so a cycle cannot hold itself up.
 * </ol>
 *
 * The claims an entailment rests on are maintained the same way: an overdeleted entailment starts again from none,
 * and every derivation found adds the claims of its premises; a triple whose claims grew is derived forward again, so
 * the sets reach the same fixpoint as {@link Inference#materialise(Graph, java.util.Map)} from scratch. The work is
 * proportional to the changed triples and what was derived from them, not to the store.
 */
final class EntailmentMaintenance {
    private final Inference rules;

    EntailmentMaintenance(Inference rules) {
        this.rules = rules;
    }

    /** A materialised closure: base triples and the entailments stored beside them, read and written in place. */
    interface Closure {
        /** Base and stored entailments: what the rules read. */
        Graph graph();

        boolean isBase(Triple t);

        /** Whether {@code t} is stored as an entailment (it is not base). */
        boolean isEntailment(Triple t);

        void addEntailment(Triple t);

        void removeEntailment(Triple t);

        /** After the base changed: makes what is stored of {@code t} agree with whether it is base, as no entailment. */
        void settle(Triple t);

        /** The claims a derivation using {@code premise} rests on through it. */
        default Set<Node> claimsOf(Triple premise) {
            return Set.of();
        }

        /** Adds claims {@code t} rests on; whether that changed anything. */
        default boolean addRestsOn(Triple t, Set<Node> claims) {
            return false;
        }

        /** Writes whatever was kept aside while the closure changed. */
        default void finish() {}
    }

    /** Every entailment {@code before} stores that a derivation from a {@code changed} triple reaches. */
    Set<Triple> overdeleted(Collection<Triple> changed, Closure before) {
        Set<Triple> reached = new HashSet<>();
        Agenda todo = new Agenda();
        for (Triple t : changed) if (before.graph().contains(t)) todo.add(t);
        while (!todo.isEmpty())
            for (Inference.Derivation d : derivationsUsing(todo.next(), before)) {
                Triple c = d.conclusion();
                if (before.isEntailment(c) && reached.add(c)) todo.add(c);
            }
        return reached;
    }

    /** Brings {@code after} up to date once its base changed in {@code changed}; returns the entailments it added. */
    Set<Triple> rederive(Set<Triple> overdeleted, Collection<Triple> changed, Closure after) {
        Set<Triple> touched = new LinkedHashSet<>(overdeleted);
        touched.addAll(changed);
        Agenda forward = new Agenda();
        List<Triple> candidates = new ArrayList<>();
        for (Triple t : touched) {
            after.settle(t);
            if (after.isBase(t)) forward.add(t);
            else candidates.add(t);
        }
        Set<Triple> added = new HashSet<>();
        for (Triple t : candidates) {
            List<List<Triple>> found = new ArrayList<>();
            rules.derivationsOf(t, after.graph(), found::add);
            for (List<Triple> premises : found) conclude(t, premises, after, forward, added);
        }
        while (!forward.isEmpty())
            for (Inference.Derivation d : derivationsUsing(forward.next(), after))
                if (!after.isBase(d.conclusion())) conclude(d.conclusion(), d.premises(), after, forward, added);
        after.finish();
        return added;
    }

    private static void conclude(Triple t, List<Triple> premises, Closure after, Agenda forward, Set<Triple> added) {
        boolean changed = false;
        if (!after.isEntailment(t)) {
            after.addEntailment(t);
            added.add(t);
            changed = true;
        }
        Set<Node> claims = new HashSet<>();
        premises.forEach(p -> claims.addAll(after.claimsOf(p)));
        if (!claims.isEmpty() && after.addRestsOn(t, claims)) changed = true;
        if (changed) forward.add(t);
    }

    /** Collected before anything is written: a TDB2 iterator must not see its indexes change under it. */
    private List<Inference.Derivation> derivationsUsing(Triple t, Closure closure) {
        List<Inference.Derivation> found = new ArrayList<>();
        rules.derivationsUsing(t, closure.graph(), found::add);
        return found;
    }

    /** Triples waiting to be derived from, each at most once at a time. */
    private static final class Agenda {
        private final LinkedHashSet<Triple> waiting = new LinkedHashSet<>();

        void add(Triple t) {
            waiting.add(t);
        }

        boolean isEmpty() {
            return waiting.isEmpty();
        }

        Triple next() {
            Triple t = waiting.iterator().next();
            waiting.remove(t);
            return t;
        }
    }
}
