package org.w3id.parley.serve;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PFuncSimpleAndList;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.IterLib;

/**
 * Every regular expression a query can run, with a work budget. Java's regex engine backtracks, so a pattern such as
 * {@code ^(a|aa)+$} can run for years on a short string, and nothing interrupts it: a query timeout only takes effect
 * between rows. Every character the matcher reads here counts against a budget; a match that exceeds it is an
 * evaluation error, which SPARQL turns into "no match" for that row.
 *
 * <p>Jena 5.6 runs a query's regular expressions in these places, all bounded here: the keywords {@code REGEX} and
 * {@code REPLACE} (swapped in the algebra); the functions {@code fn:matches}, {@code fn:replace}, {@code sparql:regex}
 * and {@code sparql:replace}, also when called through {@code fn:apply} or by their Java class names; and the property
 * function {@code apf:strSplit}. The functions are replaced in registries of the dataset's own context, which fall
 * back to Jena's global ones, so nothing outside the served dataset changes. Jena has no {@code fn:tokenize} or
 * {@code fn:analyze-string} (they return sequences, which SPARQL has not).
 */
final class BoundedRegex {
    /** Characters a single match may read: far beyond any sane pattern on any literal in the store. */
    static final long BUDGET = 20_000_000;

    private static final String FUNCTIONS = "java:org.apache.jena.sparql.function.library.";
    private static final String PROPERTY_FUNCTIONS = "java:org.apache.jena.sparql.pfunction.library.";

    /**
     * Names under which Jena finds a function class by itself: {@code afn:}, the old Jena 2 namespace and {@code java:}
     * class names, old and new. Each is registered, so none falls through to Jena's loading of the unbounded class.
     */
    private static final List<String> FUNCTION_ALIASES = List.of(
            ARQConstants.ARQFunctionLibraryURI,
            "http://jena.hpl.hp.com/ARQ/function#",
            FUNCTIONS,
            "java:com.hp.hpl.jena.query.function.library.");

    /** Puts the bounded functions in {@code registry} under every name the unbounded ones answer to. */
    static void register(FunctionRegistry registry) {
        FunctionFactory matches = uri -> new Matches();
        FunctionFactory replace = uri -> new Replacing();
        registry.put(ARQConstants.fnPrefix + "matches", matches);
        registry.put(ARQConstants.fnPrefix + "replace", replace);
        registry.put(ARQConstants.sparqlPrefix + "regex", matches);
        registry.put(ARQConstants.sparqlPrefix + "replace", replace);
        for (String prefix : FUNCTION_ALIASES) {
            registry.put(prefix + "FN_Matches", matches);
            registry.put(prefix + "FN_StrReplace", replace);
        }
    }

    /**
     * Puts the bounded {@code apf:strSplit} in {@code registry}. Jena maps a property function's name (apf:, the Jena 2
     * namespace, old {@code java:} names) to its class's {@code java:} name before looking it up, so that name is
     * registered too.
     */
    static void register(PropertyFunctionRegistry registry) {
        registry.put(ARQConstants.ARQPropertyFunctionLibraryURI + "strSplit", uri -> new StrSplit());
        registry.put(PROPERTY_FUNCTIONS + "strSplit", uri -> new StrSplit());
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

    /**
     * Runs the pattern of a replacement's arguments over its text within the budget, finding every match as
     * {@code replaceAll} would; then the real replacement does no more work than this did. It also bounds the length of
     * what the replacement would build ({@link BoundedStrings}): {@code REPLACE(?s, "", ?s)} squares a string's length.
     */
    private static void dryRunReplace(String label, List<NodeValue> args) {
        if (!args.get(0).isString() && !args.get(0).isLangString()) return; // the caller's standard error follows
        String text = args.get(0).getString();
        String replacement = args.get(2).isLiteral() ? args.get(2).asNode().getLiteralLexicalForm() : "";
        long groupReferences = replacement.chars().filter(c -> c == '$').count();
        var matcher = pattern(label, args, 3).matcher(new Budgeted(text));
        long length = text.length();
        while (matcher.find()) {
            // At most the replacement's own characters, plus the whole match for each group it refers to.
            length += replacement.length() + groupReferences * (matcher.end() - matcher.start());
            BoundedStrings.check(label, length);
        }
    }

    private static void checkArity(String uri, ExprList args, int min, int max) {
        if (args.size() < min || args.size() > max)
            throw new QueryBuildException(
                    "<" + uri + "> takes " + min + " or " + max + " arguments, not " + args.size());
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
            dryRunReplace("REPLACE", args);
            return super.eval(args);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs);
        }
    }

    /** {@code fn:matches} and {@code sparql:regex}: REGEX as a function. */
    static final class Matches extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            checkArity(uri, args, 2, 3);
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            if (!args.get(0).isString() && !args.get(0).isLangString())
                throw new ExprEvalException("matches: not a string: " + args.get(0));
            return NodeValue.makeBoolean(
                    find(pattern("matches", args, 2), args.get(0).getString()));
        }
    }

    /** {@code fn:replace} and {@code sparql:replace}: REPLACE as a function. */
    static final class Replacing extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            checkArity(uri, args, 3, 4);
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            dryRunReplace("replace", args);
            return args.size() > 3
                    ? XSDFuncOp.strReplace(args.get(0), args.get(1), args.get(2), args.get(3))
                    : XSDFuncOp.strReplace(args.get(0), args.get(1), args.get(2));
        }
    }

    /**
     * {@code ?part apf:strSplit (text separator)}: binds {@code ?part} to each trimmed piece of {@code text} split where
     * the regular expression {@code separator} matches, as Jena's own does. A split abandoned for its budget yields no
     * rows, as an evaluation error in a filter removes its row.
     */
    static final class StrSplit extends PFuncSimpleAndList {
        @Override
        public QueryIterator execEvaluated(
                Binding binding, Node subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
            if (!Var.isVar(subject)) throw new ExprEvalException("Subject is not a variable (" + subject + ")");
            if (object.getArgListSize() != 2)
                throw new ExprEvalException(
                        "Object list must contain exactly two arguments, the string to split and a regular expression");
            String text = object.getArg(0).getLiteralLexicalForm();
            String separator = object.getArg(1).getLiteralLexicalForm();
            String[] pieces;
            try {
                pieces = Pattern.compile(separator).split(new Budgeted(text));
            } catch (ExprEvalException abandoned) {
                return IterLib.noResults(execCxt);
            }
            Var var = Var.alloc(subject);
            return QueryIterPlainWrapper.create(
                    Arrays.stream(pieces)
                            .map(piece ->
                                    BindingFactory.binding(binding, var, NodeFactory.createLiteralString(piece.trim())))
                            .iterator(),
                    execCxt);
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
