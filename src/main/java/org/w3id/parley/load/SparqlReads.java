package org.w3id.parley.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * The reads of a SHACL-SPARQL constraint: every triple pattern of its query (in OPTIONAL, UNION, MINUS, EXISTS and
 * NOT EXISTS, sub-queries too), anchored at {@code $this}.
 *
 * <p>Whatever the query's operators, each triple a solution matches joins, through the variables and constants it
 * shares with other patterns, to {@code $this}, provided every pattern is so connected. The patterns are therefore
 * added in the order they connect: a pattern whose subject (or object) is already reached is read forwards (or
 * backwards) from it, every triple the lookup finds included, so what any solution matches is read. A pattern with a
 * variable predicate also reaches that predicate, as a node (a later {@code ?p rdfs:subPropertyOf ...} reads from
 * it). A pattern that never connects (a disconnected group, or one joined only through a {@code FILTER} or
 * {@code BIND}) reads the same whatever the focus node, so a change to it could alter every focus node's result:
 * such a query is refused ({@link UnboundedShapes}), as is {@code SERVICE}.
 */
final class SparqlReads {
    private static final Var THIS = Var.alloc("this");

    private final ShapeReadsCompiler compiler;
    private final Shape shape;
    private final Map<Node, Integer> reached = new HashMap<>();

    private SparqlReads(ShapeReadsCompiler compiler, Shape shape) {
        this.compiler = compiler;
        this.shape = shape;
    }

    static void add(ShapeReadsCompiler compiler, Shape shape, Query query, int focus) {
        SparqlReads reads = new SparqlReads(compiler, shape);
        reads.reached.put(THIS, focus);
        reads.connect(reads.patterns(query.getQueryPattern()));
    }

    private void connect(Set<TriplePath> patterns) {
        List<TriplePath> waiting = new ArrayList<>(patterns);
        boolean progress = true;
        while (!waiting.isEmpty() && progress) {
            progress = waiting.removeIf(this::readFromReachedEnd);
        }
        if (!waiting.isEmpty())
            throw new UnboundedShapes(
                    shape,
                    "has a SPARQL constraint whose patterns "
                            + waiting.stream().map(TriplePath::toString).collect(Collectors.joining(", "))
                            + " do not connect to $this");
    }

    /** Adds the reads of {@code pattern} if one of its ends is reached, and says whether it did. */
    private boolean readFromReachedEnd(TriplePath pattern) {
        Node subject = pattern.getSubject();
        Node object = pattern.getObject();
        boolean forwards = reached.containsKey(subject);
        if (!forwards && !reached.containsKey(object)) return false;
        int from = reached.get(forwards ? subject : object);
        int to = state(forwards ? object : subject);
        if (pattern.isTriple()) {
            Node predicate = pattern.getPredicate();
            boolean variable = predicate.isVariable();
            ShapeReads.Move move = forwards ? ShapeReads.Move.OBJECT : ShapeReads.Move.SUBJECT;
            compiler.step(from, to, move, variable ? null : predicate);
            if (variable)
                compiler.step(
                        from,
                        state(predicate),
                        forwards ? ShapeReads.Move.PREDICATE_OUT : ShapeReads.Move.PREDICATE_IN,
                        null);
        } else {
            compiler.path(pattern.getPath(), from, to, !forwards);
        }
        return true;
    }

    private int state(Node term) {
        return reached.computeIfAbsent(term, t -> {
            int state = compiler.newState();
            if (t.isConcrete()) compiler.fix(state, t);
            return state;
        });
    }

    private Set<TriplePath> patterns(Element element) {
        Set<TriplePath> patterns = new LinkedHashSet<>();
        ElementWalker.walk(element, new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock block) {
                block.getPattern().forEach(patterns::add);
            }

            @Override
            public void visit(ElementTriplesBlock block) {
                block.getPattern().forEach(triple -> patterns.add(new TriplePath(triple)));
            }

            @Override
            public void visit(ElementFilter filter) {
                patterns.addAll(patternsIn(filter.getExpr()));
            }

            @Override
            public void visit(ElementBind bind) {
                patterns.addAll(patternsIn(bind.getExpr()));
            }

            @Override
            public void visit(ElementAssign assign) {
                patterns.addAll(patternsIn(assign.getExpr()));
            }

            @Override
            public void visit(ElementSubQuery subQuery) {
                patterns.addAll(patterns(subQuery.getQuery().getQueryPattern()));
            }

            @Override
            public void visit(ElementService service) {
                throw new UnboundedShapes(shape, "has a SPARQL constraint that calls a SERVICE");
            }
        });
        return patterns;
    }

    /** The patterns of the EXISTS and NOT EXISTS inside an expression. */
    private Set<TriplePath> patternsIn(Expr expr) {
        Set<TriplePath> patterns = new LinkedHashSet<>();
        if (expr instanceof ExprFunctionOp exists) patterns.addAll(patterns(exists.getElement()));
        if (expr instanceof ExprFunction function) function.getArgs().forEach(arg -> patterns.addAll(patternsIn(arg)));
        return patterns;
    }
}
