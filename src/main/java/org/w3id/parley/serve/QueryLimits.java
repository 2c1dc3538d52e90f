package org.w3id.parley.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;

/**
 * What a query on the served dataset may do, set in the dataset's own context so nothing else in the process changes:
 * every regular expression under a work budget ({@link BoundedRegex}), every string it builds under a length bound
 * ({@link BoundedStrings}), only the functions the server offers ({@link ServedFunctions}), sorting and
 * {@code DISTINCT} spilled to disk past {@value #SPILL_ROWS} rows instead of held in the heap, and
 * {@code GRAPH <urn:x-arq:DefaultGraph>} meaning SPARQL's default graph here, the union of the named graphs, instead of
 * the store's own default graph, where Parley keeps its load manifest.
 */
final class QueryLimits {
    /** Rows a sort or {@code DISTINCT} holds in memory before it writes them to temporary files. */
    static final long SPILL_ROWS = 1_000_000;

    static void install(Context context) {
        RewriteFactory standard = Optimize.stdOptimizationFactory;
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory)
                cxt -> op -> standard.create(cxt).rewrite(rewrite(op)));
        ServedFunctions.install(context);
        context.set(ARQ.spillToDiskThreshold, SPILL_ROWS);
    }

    static Op rewrite(Op op) {
        return BoundedStrings.bound(BoundedRegex.bound(Transformer.transform(new DefaultGraphIsTheUnion(), op)));
    }

    private static final class DefaultGraphIsTheUnion extends TransformCopy {
        @Override
        public Op transform(OpGraph graph, Op sub) {
            Node name = graph.getNode();
            if (name.equals(Quad.defaultGraphIRI) || name.equals(Quad.defaultGraphNodeGenerated))
                return new OpGraph(Quad.unionGraph, sub);
            return super.transform(graph, sub);
        }
    }

    private QueryLimits() {}
}
