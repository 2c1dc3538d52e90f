package org.w3id.parley.serve;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_NotEquals;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.util.Context;
import org.w3id.parley.search.TextQueryScope;
import org.w3id.parley.store.Stores;

/**
 * What a query on the served dataset may do, set in the dataset's own context so nothing else in the process changes:
 * every regular expression under a work budget ({@link BoundedRegex}), every string it builds under a length bound
 * ({@link BoundedStrings}), only the functions the server offers ({@link ServedFunctions}), sorting and
 * {@code DISTINCT} spilled to disk past {@value #SPILL_ROWS} rows instead of held in the heap, and the loader's manifest
 * graph ({@link Stores#MANIFEST_GRAPH}) out of sight: {@code GRAPH ?g} never binds it and naming it finds nothing.
 */
final class QueryLimits {
    /** Rows a sort or {@code DISTINCT} holds in memory before it writes them to temporary files. */
    static final long SPILL_ROWS = 1_000_000;

    static void install(Context context) {
        RewriteFactory standard = Optimize.stdOptimizationFactory;
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory)
                cxt -> op -> TextQueryScope.rewrite(standard.create(cxt).rewrite(rewrite(op))));
        ServedFunctions.install(context);
        context.set(ARQ.spillToDiskThreshold, SPILL_ROWS);
    }

    static Op rewrite(Op op) {
        return BoundedStrings.bound(BoundedRegex.bound(Transformer.transform(new ManifestOutOfSight(), op)));
    }

    private static final class ManifestOutOfSight extends TransformCopy {
        @Override
        public Op transform(OpGraph graph, Op sub) {
            Node name = graph.getNode();
            if (name.isVariable())
                return OpFilter.filterBy(
                        ExprList.create(List.of(new E_NotEquals(
                                new ExprVar(Var.alloc(name)), NodeValue.makeNode(Stores.MANIFEST_GRAPH)))),
                        super.transform(graph, sub));
            if (!Stores.isData(name)) return OpTable.empty();
            return super.transform(graph, sub);
        }
    }

    private QueryLimits() {}
}
