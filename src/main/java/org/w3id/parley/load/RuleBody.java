package org.w3id.parley.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * A rule's WHERE as alternatives of triple patterns and filters (its UNIONs spread out), matched with one pattern or
 * the conclusion already bound: a handful of index lookups, with no query to plan. This is how a load that maintains
 * the entailments applies the rules a triple at a time; the SPARQL engine runs them when everything is recomputed,
 * and the two agree because the rules use nothing but basic graph patterns, FILTER and UNION.
 */
final class RuleBody {
    private static final FunctionEnv ENV = new FunctionEnvBase();

    /** One way the WHERE can match: all these patterns, all these filters. */
    record Alternative(List<Triple> patterns, List<Expr> filters) {}

    private final List<Alternative> alternatives;

    private RuleBody(List<Alternative> alternatives) {
        this.alternatives = List.copyOf(alternatives);
    }

    static RuleBody of(Element where) {
        return new RuleBody(expand(where));
    }

    List<Alternative> alternatives() {
        return alternatives;
    }

    private static List<Alternative> expand(Element element) {
        if (element instanceof ElementPathBlock block) {
            List<Triple> patterns = new ArrayList<>();
            for (TriplePath path : block.getPattern()) {
                if (!path.isTriple()) throw unsupported("a property path: " + path);
                patterns.add(path.asTriple());
            }
            return List.of(new Alternative(patterns, List.of()));
        }
        if (element instanceof ElementTriplesBlock block)
            return List.of(new Alternative(block.getPattern().getList(), List.of()));
        if (element instanceof ElementFilter filter)
            return List.of(new Alternative(List.of(), List.of(filter.getExpr())));
        if (element instanceof ElementUnion union) {
            List<Alternative> all = new ArrayList<>();
            union.getElements().forEach(e -> all.addAll(expand(e)));
            return all;
        }
        if (element instanceof ElementGroup group) {
            List<Alternative> product = List.of(new Alternative(List.of(), List.of()));
            for (Element e : group.getElements()) {
                List<Alternative> next = new ArrayList<>();
                for (Alternative a : product) for (Alternative b : expand(e)) next.add(join(a, b));
                product = next;
            }
            return product;
        }
        throw unsupported(element.getClass().getSimpleName() + ": " + element);
    }

    private static Alternative join(Alternative a, Alternative b) {
        List<Triple> patterns = new ArrayList<>(a.patterns());
        patterns.addAll(b.patterns());
        List<Expr> filters = new ArrayList<>(a.filters());
        filters.addAll(b.filters());
        return new Alternative(patterns, filters);
    }

    private static IllegalStateException unsupported(String what) {
        return new IllegalStateException(
                "An inference rule uses " + what + "; rules are basic graph patterns with FILTER and UNION");
    }

    /** Every solution of {@code alternative} over {@code graph} that extends {@code start}. */
    static void solve(Alternative alternative, Graph graph, Binding start, Consumer<Binding> each) {
        match(alternative.patterns(), alternative.filters(), graph, start, each);
    }

    private static void match(List<Triple> todo, List<Expr> filters, Graph graph, Binding b, Consumer<Binding> each) {
        for (Expr filter : filters) if (bound(filter.getVarsMentioned(), b) && !filter.isSatisfied(b, ENV)) return;
        if (todo.isEmpty()) {
            each.accept(b);
            return;
        }
        Triple next = mostBound(todo, b);
        List<Triple> rest = new ArrayList<>(todo);
        rest.remove(next);
        Triple pattern = Substitute.substitute(next, b);
        List<Triple> found = graph.find(
                        any(pattern.getSubject()), any(pattern.getPredicate()), any(pattern.getObject()))
                .toList();
        for (Triple t : found) {
            Binding extended = unify(pattern, t, b);
            if (extended != null) match(rest, filters, graph, extended, each);
        }
    }

    private static Node any(Node n) {
        return n.isVariable() ? Node.ANY : n;
    }

    private static boolean bound(Set<Var> vars, Binding b) {
        for (Var v : vars) if (!b.contains(v)) return false;
        return true;
    }

    /** The pattern with the most positions fixed by {@code b}: the fewest matches to look at first. */
    private static Triple mostBound(List<Triple> patterns, Binding b) {
        Triple best = patterns.get(0);
        int most = -1;
        for (Triple p : patterns) {
            int fixed = fixed(p.getSubject(), b) + fixed(p.getPredicate(), b) + fixed(p.getObject(), b);
            if (fixed > most) {
                most = fixed;
                best = p;
            }
        }
        return best;
    }

    private static int fixed(Node n, Binding b) {
        return !n.isVariable() || b.contains(Var.alloc(n)) ? 1 : 0;
    }

    /** {@code b} extended so that {@code pattern} equals {@code t}, or null if it cannot be. */
    static Binding unify(Triple pattern, Triple t, Binding b) {
        BindingBuilder builder = Binding.builder(b);
        return bind(builder, pattern.getSubject(), t.getSubject())
                        && bind(builder, pattern.getPredicate(), t.getPredicate())
                        && bind(builder, pattern.getObject(), t.getObject())
                ? builder.build()
                : null;
    }

    private static boolean bind(BindingBuilder b, Node pattern, Node value) {
        if (!pattern.isVariable()) return pattern.equals(value);
        Var v = Var.alloc(pattern);
        if (b.contains(v)) return b.get(v).equals(value);
        b.add(v, value);
        return true;
    }
}
