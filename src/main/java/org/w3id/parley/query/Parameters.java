package org.w3id.parley.query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.riot.tokens.Tokenizer;
import org.apache.jena.riot.tokens.TokenizerText;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.w3id.parley.ParleyException;

/**
 * Binds {@code name=value} parameters to a query's variables as RDF terms, by rewriting the parsed
 * query, never by pasting text into SPARQL. A parameter whose variable the query matches against the data
 * ({@link ResourceVariables}) names a resource, which {@link TermResolver} finds or refuses. Any other takes a
 * literal: a value that reads as exactly one RDF term ({@code "literal"@en}, {@code 42}, {@code <iri>}) is that
 * term, anything else a plain string.
 */
public final class Parameters {

    public static Query bind(Query query, Map<String, String> params, TermResolver resolver) {
        if (params.isEmpty()) return query;
        Collection<Var> mentioned = OpVars.mentionedVars(Algebra.compile(query));
        Set<Var> resources = ResourceVariables.of(query);
        Map<Var, Node> substitutions = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            Var var = Var.alloc(name.startsWith("?") || name.startsWith("$") ? name.substring(1) : name);
            if (!mentioned.contains(var))
                throw new ParleyException("The query has no variable ?" + var.getVarName() + " to bind; its variables: "
                        + mentioned.stream().map(Var::toString).sorted().toList());
            substitutions.put(
                    var,
                    resources.contains(var)
                            ? resolver.resolve(var.getVarName(), value, query.getPrefixMapping())
                            : term(value, query));
        });
        try {
            Query bound = QueryTransformOps.syntaxSubstitute(query, substitutions);
            tidy(bound, substitutions.keySet(), new int[1]);
            return bound;
        } catch (QueryException ex) {
            throw new ParleyException("Cannot bind " + params.keySet() + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * Makes the substituted query valid SPARQL again when written out, as it is for a remote endpoint.
     * A bound variable becomes a constant: in ORDER BY it sorts nothing and Jena would write
     * {@code ORDER BY "x"}; projected as {@code ("x" AS ?v)} by a subquery it would clash with the
     * same projection outside, so inside it is renamed apart (the constant has already replaced every
     * use, so nothing joins on it).
     */
    private static void tidy(Query query, Set<Var> bound, int[] subQueries) {
        boolean outermost = subQueries[0] == 0;
        int number = subQueries[0]++;
        if (query.hasOrderBy())
            query.getOrderBy().removeIf(key -> key.getExpression().isConstant());
        if (query.hasGroupBy()) withoutConstantKeys(query);
        if (!outermost)
            for (Var var : bound)
                if (query.getProject().contains(var)
                        && query.getProject().getExpr(var) != null
                        && query.getProject().getExpr(var).isConstant()) {
                    var constant = query.getProject().getExpr(var);
                    query.getProject().remove(var);
                    query.getProject().add(Var.alloc(var.getVarName() + "_bound_" + number), constant);
                }
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery subQuery) {
                tidy(subQuery.getQuery(), bound, subQueries);
            }
        });
    }

    /**
     * Drops {@code GROUP BY (<x> AS ?v)} keys: a constant groups nothing, and the projection already says
     * {@code (<x> AS ?v)}, which Virtuoso refuses to see twice. One key stays, since no key at all
     * would turn "no rows" into one row of empty aggregates.
     */
    private static void withoutConstantKeys(Query query) {
        VarExprList keys = query.getGroupBy();
        List<Var> constant = keys.getVars().stream()
                .filter(var -> keys.getExpr(var) != null && keys.getExpr(var).isConstant())
                .toList();
        if (constant.size() < keys.size()) constant.forEach(keys::remove);
    }

    /**
     * Exactly one well-formed IRI or literal, or else the whole value as a plain string. Strict on
     * purpose: a variable or blank node would act as a pattern variable, and an IRI with characters
     * such as {@code >} (say from the escape <code>&#92;u003E</code>) would change the query's text when it is sent to
     * a remote endpoint.
     */
    static Node term(String value, Query query) {
        try {
            Tokenizer tokenizer = TokenizerText.create()
                    .fromString(value)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictSilent())
                    .build();
            if (tokenizer.hasNext()) {
                Node node = tokenizer.next().asNode(Prefixes.adapt(query.getPrefixMapping()));
                if (!tokenizer.hasNext()
                        && node != null
                        && (node.isLiteral() || (node.isURI() && isWellFormed(node.getURI())))) return node;
            }
        } catch (RiotException ex) {
            // not one RDF term
        }
        return NodeFactory.createLiteralString(value);
    }

    static boolean isWellFormed(String iri) {
        if (iri.isEmpty()) return false;
        if (iri.chars().anyMatch(c -> c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0)) return false;
        try {
            IRIx.create(iri);
            return true;
        } catch (IRIException ex) {
            return false;
        }
    }

    private Parameters() {}
}
