package org.w3id.parley.load;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Delta;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The focus nodes whose SHACL validation results can differ after a change to the data graph: validating only these
 * gives, for them, the results a full validation gives, and a full validation gives no result elsewhere that it did
 * not give before the change.
 *
 * <h2>The rule</h2>
 * Jena validates a focus node {@code F} by lookups that start at {@code F}: its types to decide which shapes target it,
 * then, for each shape that does, its values along each {@code sh:path}, their types ({@code sh:class}), the shapes
 * they must match ({@code sh:node}, {@code sh:qualifiedValueShape}, ...) and the triple patterns of SPARQL
 * constraints from {@code $this}. {@link ShapeReadsCompiler} turns the shapes into an automaton of those lookups, so
 * {@code reads(F, G)}, the triples the validation of {@code F} reads in graph {@code G}, are what walking the automaton
 * from {@code F} finds. The result of {@code F} is a function of {@code reads(F, G)}.
 *
 * <p>{@code F} is affected when a changed triple is in {@code reads(F, after)} or in {@code reads(F, before)}; the
 * subjects and objects of the changed triples are always included. This is sound: if no changed triple is in either,
 * every walk from {@code F} in {@code before} uses only triples that were not removed, so it exists in {@code after},
 * and the other way round; so {@code reads(F, before) = reads(F, after)} and {@code F}'s result is the same.
 *
 * <h2>Finding them without walking the whole graph</h2>
 * For each changed triple and each lookup that can read it (a step of its predicate, or of any predicate), the node the
 * lookup starts from is known (the subject for a forward step, the object for an inverse one); from there the
 * automaton is walked backwards, each step an indexed {@code find} with a bound node, up to its start states: the
 * nodes reached there are the focus nodes that read the triple. Added triples are walked back in the graph after the
 * change, where the walk that reads them exists; removed ones in the graph before it (the graph after, less the
 * added triples, plus the removed ones: {@link Delta}), since removing a triple can disconnect the very path that led
 * to it — a claim's graph removed takes the claim's {@code parley:statedBy} with it, and only the graph before still
 * leads from the speaker back to the claim. A node reached at a shape's own start state reads that shape's
 * constraints only if the shape targets it; it is kept only if it does in the graph after the change (had it been a
 * target in one graph only, a changed triple on its target lookups would have included it already). So the cost is
 * the changed triples' neighbourhood along the shapes' paths: a new claim's speaker leads back to the claims naming
 * it, not to every claim.
 */
public final class AffectedNodes {
    private final ShapeReads reads;

    /** @throws UnboundedShapes if the shapes read triples that no walk from a focus node finds */
    public AffectedNodes(Shapes shapes) {
        this.reads = ShapeReadsCompiler.compile(shapes);
    }

    /**
     * The nodes whose validation can differ between the data graph before the change and {@code after}, given the
     * triples the change {@code added} to it and {@code removed} from it.
     */
    public Set<Node> of(Collection<Triple> added, Collection<Triple> removed, Graph after) {
        Set<Node> affected = new LinkedHashSet<>();
        for (Collection<Triple> changed : List.of(added, removed))
            for (Triple t : changed) {
                affected.add(t.getSubject());
                if (!t.getObject().isLiteral()) affected.add(t.getObject());
            }
        new BackwardWalk(after, after, affected).from(added);
        new BackwardWalk(before(after, added, removed), after, affected).from(removed);
        return affected;
    }

    private static Graph before(Graph after, Collection<Triple> added, Collection<Triple> removed) {
        Delta before = new Delta(after);
        added.forEach(before::delete);
        removed.forEach(before::add);
        return before;
    }

    /** One backwards walk of the automaton over {@code graph}, from changed triples to the focus nodes reading them. */
    private final class BackwardWalk {
        private final Graph graph;
        private final Graph after;
        private final Set<Node> affected;
        private final Set<Reached> seen = new HashSet<>();
        private final Deque<Reached> queue = new ArrayDeque<>();

        BackwardWalk(Graph graph, Graph after, Set<Node> affected) {
            this.graph = graph;
            this.after = after;
            this.affected = affected;
        }

        void from(Collection<Triple> changed) {
            for (Triple t : changed)
                for (ShapeReads.Step step : reads.reading(t.getPredicate())) {
                    Node source = step.sourceReading(t);
                    // A lookup into a SPARQL constant reads only the triples that end at that constant.
                    if (source != null && reads.admits(step.to(), step.targetReading(t))) reach(source, step.from());
                }
            while (!queue.isEmpty()) back(queue.poll());
        }

        private void reach(Node node, int state) {
            if (!reads.admits(state, node)) return;
            Reached at = new Reached(node, state);
            if (seen.add(at)) queue.add(at);
        }

        private void back(Reached at) {
            Node node = at.node();
            if (at.state() == ShapeReads.TARGETS) {
                affected.add(node);
                return;
            }
            Shape root = reads.rootAt(at.state());
            if (root != null) {
                if (VLib.isFocusNode(root, node, after)) affected.add(node);
                return;
            }
            for (ShapeReads.Step step : reads.into(at.state())) {
                switch (step.move()) {
                    case SAME_NODE -> reach(node, step.from());
                    case OBJECT ->
                        each(
                                graph.find(Node.ANY, any(step.predicate()), node),
                                t -> reach(t.getSubject(), step.from()));
                    case SUBJECT -> {
                        if (!node.isLiteral())
                            each(
                                    graph.find(node, any(step.predicate()), Node.ANY),
                                    t -> reach(t.getObject(), step.from()));
                    }
                    case PREDICATE_OUT -> {
                        if (node.isURI())
                            each(graph.find(Node.ANY, node, Node.ANY), t -> reach(t.getSubject(), step.from()));
                    }
                    case PREDICATE_IN -> {
                        if (node.isURI())
                            each(graph.find(Node.ANY, node, Node.ANY), t -> reach(t.getObject(), step.from()));
                    }
                }
            }
        }
    }

    private static Node any(Node predicate) {
        return predicate == null ? Node.ANY : predicate;
    }

    private static void each(ExtendedIterator<Triple> found, Consumer<Triple> action) {
        try {
            found.forEachRemaining(action);
        } finally {
            found.close();
        }
    }

    private record Reached(Node node, int state) {}
}
