package org.w3id.parley.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.parser.Shape;

/**
 * Every triple SHACL validation can read when it validates one focus node, as an automaton over the data graph: a
 * state stands for "a node the validator has reached", a step for one kind of lookup from that node (its values for a
 * predicate, its subjects for a predicate, its predicates). Walking it forwards from a focus node reads what its
 * validation reads; {@link AffectedNodes} walks it backwards from a changed triple to the focus nodes that read it.
 *
 * <p>State {@link #TARGETS} starts the lookups that decide whether a node is a target at all; each root shape has its
 * own start state, reached only by nodes it targets ({@link #rootAt}); {@link ShapeReadsCompiler} builds it all.
 */
final class ShapeReads {
    /** The start of the lookups deciding which shapes target a node (its types, its subjects and objects). */
    static final int TARGETS = 0;

    /** What a step looks up from the node at its source state; the node it finds is at its target state. */
    enum Move {
        /** No lookup: the same node, read another way. */
        SAME_NODE,
        /** From {@code n} to each {@code o} with {@code n p o}. */
        OBJECT,
        /** From {@code n} to each {@code s} with {@code s p n}. */
        SUBJECT,
        /** From {@code n} to each {@code p} with {@code n p ?}: a SPARQL triple pattern whose predicate is a variable. */
        PREDICATE_OUT,
        /** From {@code n} to each {@code p} with {@code ? p n}. */
        PREDICATE_IN
    }

    /** One lookup; {@code predicate} is null for "any predicate" (and for the moves that find predicates). */
    record Step(int from, int to, Move move, Node predicate) {
        /** The node the lookup starts from when it reads {@code t}, or null if it never reads {@code t}. */
        Node sourceReading(Triple t) {
            return switch (move) {
                case OBJECT -> matches(t) ? t.getSubject() : null;
                case SUBJECT -> matches(t) ? t.getObject() : null;
                case PREDICATE_OUT -> t.getSubject();
                case PREDICATE_IN -> t.getObject();
                case SAME_NODE -> null;
            };
        }

        /** The node the lookup finds when it reads {@code t}. */
        Node targetReading(Triple t) {
            return switch (move) {
                case OBJECT -> t.getObject();
                case SUBJECT -> t.getSubject();
                case PREDICATE_OUT, PREDICATE_IN, SAME_NODE -> t.getPredicate();
            };
        }

        private boolean matches(Triple t) {
            return predicate == null || predicate.equals(t.getPredicate());
        }
    }

    private final Map<Integer, List<Step>> into = new HashMap<>();
    /** The lookups of one predicate, and (under null) those of any predicate. */
    private final Map<Node, List<Step>> byPredicate = new HashMap<>();

    private final Map<Integer, Shape> roots;
    private final Map<Integer, Node> fixed;

    ShapeReads(List<Step> steps, Map<Integer, Shape> roots, Map<Integer, Node> fixed) {
        this.roots = Map.copyOf(roots);
        this.fixed = Map.copyOf(fixed);
        for (Step step : steps) {
            into.computeIfAbsent(step.to(), state -> new ArrayList<>()).add(step);
            if (step.move() != Move.SAME_NODE)
                byPredicate
                        .computeIfAbsent(step.predicate(), p -> new ArrayList<>())
                        .add(step);
        }
    }

    /** The lookups that may read a triple of predicate {@code p}. */
    List<Step> reading(Node p) {
        List<Step> reading = new ArrayList<>(byPredicate.getOrDefault(p, List.of()));
        reading.addAll(byPredicate.getOrDefault(null, List.of()));
        return reading;
    }

    List<Step> into(int state) {
        return into.getOrDefault(state, List.of());
    }

    /** The root shape whose constraints a node at {@code state} is validated against, or null. */
    Shape rootAt(int state) {
        return roots.get(state);
    }

    /** False when {@code state} stands for one constant of a SPARQL query and {@code node} is another. */
    boolean admits(int state, Node node) {
        Node only = fixed.get(state);
        return only == null || only.equals(node);
    }
}
