package org.w3id.parley.serve;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.util.Context;

/**
 * REGEX and REPLACE with a work budget. Java's regex engine backtracks, so a pattern such as
 * {@code ^(a|aa)+$} can run for years on a short string, and nothing interrupts it: a query timeout
 * only takes effect between rows. Every character the matcher reads here counts against a budget;
 * a match that exceeds it is an evaluation error, which SPARQL turns into "no match" for that row.
 */
final class BoundedRegex {
    /** Characters a single match may read: far beyond any sane pattern on any literal in the store. */
    static final long BUDGET = 20_000_000;

    /** Sets the query optimiser of {@code context} to one that first swaps in the bounded functions. */
    static void install(Context context) {
        RewriteFactory standard = Optimize.stdOptimizationFactory;
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory)
                cxt -> op -> standard.create(cxt).rewrite(bound(op)));
    }

    static Op bound(Op op) {
        return Transformer.transform(
                new TransformCopy(),
                new ExprTransformCopy() {
                    @Override
                    public Expr transform(ExprFunctionN func, ExprList args) {
                        if (func instanceof E_Regex && !(func instanceof Regex)) return new Regex(args);
                        if (func instanceof E_StrReplace && !(func instanceof Replace)) return new Replace(args);
                        return super.transform(func, args);
                    }
                },
                op);
    }

    /** Runs {@code pattern} over {@code text} within the budget; true if it finds a match. */
    static boolean find(Pattern pattern, String text) {
        return pattern.matcher(new Budgeted(text)).find();
    }

    private static Pattern pattern(String label, List<NodeValue> args, int flagsAt) {
        String flags = args.size() > flagsAt ? args.get(flagsAt).getString() : null;
        return RegexEngine.makePattern(label, args.get(1).getString(), flags);
    }

    static final class Regex extends E_Regex {
        Regex(ExprList args) {
            super(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            if (!args.get(0).isString() && !args.get(0).isLangString())
                return super.eval(args); // the standard error for a non-string
            return NodeValue.makeBoolean(
                    find(pattern("REGEX", args, 2), args.get(0).getString()));
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Regex(newArgs);
        }
    }

    static final class Replace extends E_StrReplace {
        Replace(ExprList args) {
            super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            if (args.get(0).isString() || args.get(0).isLangString()) {
                // A dry run within the budget first; only then the real replacement, which does no more work.
                Pattern pattern = pattern("REPLACE", args, 3);
                var matcher = pattern.matcher(new Budgeted(args.get(0).getString()));
                while (matcher.find()) {
                    // consume every match, as replaceAll would
                }
            }
            return super.eval(args);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs);
        }
    }

    /** A string that counts how often the regex engine reads it. */
    private static final class Budgeted implements CharSequence {
        private final String text;
        private final long[] reads;

        Budgeted(String text) {
            this(text, new long[1]);
        }

        private Budgeted(String text, long[] reads) {
            this.text = text;
            this.reads = reads;
        }

        @Override
        public char charAt(int index) {
            if (++reads[0] > BUDGET)
                throw new ExprEvalException(
                        "Regular expression abandoned after " + BUDGET + " steps: the pattern backtracks too much");
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.substring(start, end), reads);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private BoundedRegex() {}
}
