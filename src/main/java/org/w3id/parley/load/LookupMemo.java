package org.w3id.parley.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A graph that answers a lookup it has answered before from memory: for validating a batch against the store, which
 * asks the same things again and again (is this actor an actor, is this topic a topic, for every claim that names
 * one), each time a walk down TDB2's indexes. Only for a graph that does not change while the memo is in use; the
 * memo keeps the most recent lookups, and not those with many answers, so it stays small.
 */
final class LookupMemo extends GraphBase {
    private static final int PATTERNS = 200_000;
    private static final int MAX_ANSWERS = 64;

    private final Graph graph;
    private final Map<Triple, List<Triple>> found = recent();
    private final Map<Triple, Boolean> contained = recent();

    LookupMemo(Graph graph) {
        this.graph = graph;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        List<Triple> answers = found.get(pattern);
        if (answers == null) {
            answers = graph.find(pattern).toList();
            if (answers.size() > MAX_ANSWERS) return WrappedIterator.create(answers.iterator());
            found.put(pattern, answers);
        }
        return WrappedIterator.create(answers.iterator());
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        if (!t.isConcrete()) return super.graphBaseContains(t);
        return contained.computeIfAbsent(t, graph::contains);
    }

    private static <V> Map<Triple, V> recent() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Triple, V> eldest) {
                return size() > PATTERNS;
            }
        };
    }
}
