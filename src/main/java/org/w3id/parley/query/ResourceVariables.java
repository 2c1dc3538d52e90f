package org.w3id.parley.query;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;

/**
 * The variables a query matches against the data, in a triple pattern, a property path or a {@code GRAPH} name.
 * Their parameters name resources, so a value is resolved against the data (see {@link TermResolver}); a variable
 * used only in expressions ({@code BIND}, {@code FILTER}) takes a literal, which the headers never declare, so it is
 * read from the query itself.
 */
final class ResourceVariables {
    private ResourceVariables() {}

    static Set<Var> of(Query query) {
        Set<Var> vars = new HashSet<>();
        Op op = Algebra.compile(query);
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                bgp.getPattern().forEach(triple -> add(vars, triple));
            }

            @Override
            public void visit(OpTriple triple) {
                add(vars, triple.getTriple());
            }

            @Override
            public void visit(OpPath path) {
                TriplePath tp = path.getTriplePath();
                add(vars, tp.getSubject());
                add(vars, tp.getObject());
            }

            @Override
            public void visit(OpQuadPattern quads) {
                add(vars, quads.getGraphNode());
                quads.getBasicPattern().forEach(triple -> add(vars, triple));
            }

            @Override
            public void visit(OpGraph graph) {
                add(vars, graph.getNode());
            }
        });
        return vars;
    }

    private static void add(Set<Var> vars, Triple triple) {
        add(vars, triple.getSubject());
        add(vars, triple.getPredicate());
        add(vars, triple.getObject());
    }

    private static void add(Set<Var> vars, Node node) {
        if (node != null && node.isVariable()) vars.add(Var.alloc(node));
    }
}
