package org.w3id.parley.serve;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.E_StrUpperCase;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * No string a query builds may grow past {@link #MAX_CHARS}. Without a bound, {@code BIND(CONCAT(?v, ?v) AS ?w)}
 * chained a few dozen times doubles a short string into gigabytes inside one row's evaluation, where no timeout
 * reaches: three such queries at once exhausted a 6 GB heap. A string that would be longer is an evaluation error,
 * which SPARQL turns into an unbound value for that row.
 *
 * <p>Where a string can grow without limit, the bound is checked before it is built: {@code CONCAT} and
 * {@code fn:concat} (the sum of their arguments), {@code GROUP_CONCAT} (as it accumulates) and {@code REPLACE} (see
 * {@link BoundedRegex}). Functions that grow a string by at most a constant factor ({@code UCASE}, {@code LCASE},
 * {@code ENCODE_FOR_URI}, and every function called by IRI, see {@link ServedFunctions}) are checked after, so repeating
 * them cannot compound.
 */
final class BoundedStrings {
    /** As long as the longest literal Parley loads, so every stored string can still be copied and joined once. */
    static final int MAX_CHARS = 10_000_000;

    /** Swaps the bounded forms in for {@code CONCAT}, {@code UCASE}, {@code LCASE}, {@code ENCODE_FOR_URI} and {@code GROUP_CONCAT}. */
    static Op bound(Op op) {
        return Transformer.transform(new BoundedAggregates(), new BoundedExpressions(), op);
    }

    /** {@code value} if its string is within the bound, else an evaluation error naming {@code what}. */
    static NodeValue checked(String what, NodeValue value) {
        if (value.isLiteral())
            check(what, value.asNode().getLiteralLexicalForm().length());
        return value;
    }

    static void check(String what, long length) {
        if (length > MAX_CHARS)
            throw new ExprEvalException(
                    what + " would build a string of " + length + " characters; the limit is " + MAX_CHARS);
    }

    /** The length {@code CONCAT} of {@code args} would have. */
    static long joinedLength(List<NodeValue> args) {
        long length = 0;
        for (NodeValue arg : args)
            if (arg.isLiteral()) length += arg.asNode().getLiteralLexicalForm().length();
        return length;
    }

    private static final class BoundedExpressions extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_StrConcat && !(func instanceof Concat)) return new Concat(args);
            return super.transform(func, args);
        }

        @Override
        public Expr transform(ExprFunction1 func, Expr arg) {
            if (func instanceof E_StrUpperCase && !(func instanceof UpperCase)) return new UpperCase(arg);
            if (func instanceof E_StrLowerCase && !(func instanceof LowerCase)) return new LowerCase(arg);
            if (func instanceof E_StrEncodeForURI && !(func instanceof EncodeForUri)) return new EncodeForUri(arg);
            return super.transform(func, arg);
        }
    }

    private static final class BoundedAggregates extends TransformCopy {
        @Override
        public Op transform(OpGroup group, Op sub) {
            List<ExprAggregator> aggregators = new ArrayList<>();
            for (ExprAggregator aggregator : group.getAggregators())
                aggregators.add(new ExprAggregator(aggregator.getVar(), bounded(aggregator.getAggregator())));
            return OpGroup.create(sub, group.getGroupVars(), aggregators);
        }

        private static Aggregator bounded(Aggregator aggregator) {
            if (aggregator instanceof AggGroupConcat concat && !(concat instanceof GroupConcat))
                return new GroupConcat(concat.getExprList(), concat.getSeparator(), false);
            if (aggregator instanceof AggGroupConcatDistinct concat && !(concat instanceof GroupConcatDistinct))
                return new GroupConcatDistinct(concat.getExprList(), concat.getSeparator());
            return aggregator;
        }
    }

    static final class Concat extends E_StrConcat {
        Concat(ExprList args) {
            super(args);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            check("CONCAT", joinedLength(args));
            return super.eval(args);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Concat(newArgs);
        }
    }

    static final class UpperCase extends E_StrUpperCase {
        UpperCase(Expr expr) {
            super(expr);
        }

        @Override
        public NodeValue eval(NodeValue v) {
            return checked("UCASE", super.eval(v));
        }

        @Override
        public Expr copy(Expr expr) {
            return new UpperCase(expr);
        }
    }

    static final class LowerCase extends E_StrLowerCase {
        LowerCase(Expr expr) {
            super(expr);
        }

        @Override
        public NodeValue eval(NodeValue v) {
            return checked("LCASE", super.eval(v));
        }

        @Override
        public Expr copy(Expr expr) {
            return new LowerCase(expr);
        }
    }

    static final class EncodeForUri extends E_StrEncodeForURI {
        EncodeForUri(Expr expr) {
            super(expr);
        }

        @Override
        public NodeValue eval(NodeValue v) {
            return checked("ENCODE_FOR_URI", super.eval(v));
        }

        @Override
        public Expr copy(Expr expr) {
            return new EncodeForUri(expr);
        }
    }

    /** {@code fn:concat}: CONCAT as a function. */
    static final class FnConcat extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {}

        @Override
        public NodeValue exec(List<NodeValue> args) {
            check("fn:concat", joinedLength(args));
            return XSDFuncOp.strConcat(args);
        }
    }

    static final class GroupConcat extends AggGroupConcat {
        private final ExprList exprs;
        private final String separator;
        private final boolean distinct;

        GroupConcat(ExprList exprs, String separator, boolean distinct) {
            super(exprs.get(0), separator);
            this.exprs = exprs;
            this.separator = separator;
            this.distinct = distinct;
        }

        @Override
        public Accumulator createAccumulator() {
            return new BoundedConcatenation(exprs.get(0), separator, distinct);
        }

        @Override
        public Aggregator copy(ExprList newExprs) {
            return new GroupConcat(newExprs, separator, distinct);
        }
    }

    static final class GroupConcatDistinct extends AggGroupConcatDistinct {
        private final ExprList exprs;
        private final String separator;

        GroupConcatDistinct(ExprList exprs, String separator) {
            super(exprs.get(0), separator);
            this.exprs = exprs;
            this.separator = separator;
        }

        @Override
        public Accumulator createAccumulator() {
            return new BoundedConcatenation(exprs.get(0), separator, true);
        }

        @Override
        public Aggregator copy(ExprList newExprs) {
            return new GroupConcatDistinct(newExprs, separator);
        }
    }

    /**
     * GROUP_CONCAT's accumulation, which stops at the bound: the group's value is then an error (unbound), as
     * SPARQL makes it for any error in the group.
     */
    private static final class BoundedConcatenation extends AccumulatorExpr {
        private final StringBuilder joined = new StringBuilder();
        private final String separator;
        private boolean first = true;

        BoundedConcatenation(Expr expr, String separator, boolean distinct) {
            super(expr, distinct);
            this.separator = separator == null ? " " : separator;
        }

        @Override
        protected void accumulate(NodeValue value, Binding binding, FunctionEnv functionEnv) {
            String text = value.asString();
            check("GROUP_CONCAT", (long) joined.length() + (first ? 0 : separator.length()) + text.length());
            if (!first) joined.append(separator);
            joined.append(text);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv functionEnv) {}

        @Override
        protected NodeValue getAccValue() {
            return NodeValue.makeString(joined.toString());
        }
    }

    private BoundedStrings() {}
}
