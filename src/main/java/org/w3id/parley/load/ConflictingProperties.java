package org.w3id.parley.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.parley.vocab.Parley;

/**
 * Which properties contradict each other between the same two resources: those declared {@code parley:conflictsWith},
 * and their sub-properties, as the ontology in {@code union} says.
 */
final class ConflictingProperties {
    private final Graph union;
    private final Map<Node, Set<Node>> supers = new HashMap<>();

    ConflictingProperties(Graph union) {
        this.union = union;
    }

    boolean conflict(Node p, Node q) {
        if (p.equals(q)) return false;
        Set<Node> ps = supers.computeIfAbsent(p, this::superProperties);
        Set<Node> qs = supers.computeIfAbsent(q, this::superProperties);
        for (Node a : ps)
            for (Node b : qs)
                if (union.contains(a, Parley.conflictsWith, b) || union.contains(b, Parley.conflictsWith, a))
                    return true;
        return false;
    }

    /** The property and every property it is a sub-property of, directly or not. */
    private Set<Node> superProperties(Node property) {
        Set<Node> found = new HashSet<>(List.of(property));
        List<Node> todo = new ArrayList<>(found);
        while (!todo.isEmpty())
            union.find(todo.remove(todo.size() - 1), RDFS.subPropertyOf.asNode(), Node.ANY)
                    .forEach(t -> {
                        if (found.add(t.getObject())) todo.add(t.getObject());
                    });
        return found;
    }
}
