package org.w3id.parley.search;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;

/**
 * A {@code text:query} outside {@code GRAPH} searches every named graph, as it did when a store's default graph was
 * their union. The index holds the named graphs' literals, once each, not the copies in the reading view (so a hit is
 * one per resource and graph), and jena-text would otherwise look only for hits indexed under the default graph. A
 * hit names a resource; it states nothing about it, so the reading view's rule is kept. Inside {@code GRAPH} a text
 * query keeps to that graph.
 */
public final class TextQueryScope {
    private static final Node TEXT_QUERY = NodeFactory.createURI("http://jena.apache.org/text#query");

    private TextQueryScope() {}

    /**
     * Applies the rewrite to every query on a dataset with this context, after ARQ's own optimisation, which is where
     * a {@code text:query} triple becomes a property function.
     */
    public static void install(Context context) {
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory)
                cxt -> op -> rewrite(Optimize.stdOptimizationFactory.create(cxt).rewrite(op)));
    }

    /** {@code op}, once optimised, with each text query outside {@code GRAPH} put inside the union of the named graphs. */
    public static Op rewrite(Op op) {
        return Transformer.transform(new OverNamedGraphs(), op);
    }

    private static final class OverNamedGraphs extends TransformCopy {
        @Override
        public Op transform(OpPropFunc opPropFunc, Op sub) {
            Op op = super.transform(opPropFunc, sub);
            return TEXT_QUERY.equals(opPropFunc.getProperty()) ? new OpGraph(Quad.unionGraph, op) : op;
        }

        /** The subtree of a {@code GRAPH} is taken back as it was: its text queries keep to that graph. */
        @Override
        public Op transform(OpGraph graph, Op sub) {
            return graph;
        }
    }
}
