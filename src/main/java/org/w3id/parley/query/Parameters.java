package org.w3id.parley.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Collection;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * Binds {@code name=value} parameters to a query's variables as RDF terms, by rewriting the parsed
 * query, never by pasting text into SPARQL. A value that reads as exactly one RDF term
 * ({@code <iri>}, {@code prefix:name} with the query's prefixes, {@code "literal"@en}, {@code 42}) is
 * that term; anything else is a plain string literal.
 */
public final class Parameters {

    public static Query bind(Query query, Map<String, String> params) {
        if (params.isEmpty())
            return query;
        Collection<Var> mentioned = OpVars.mentionedVars(Algebra.compile(query));
        Map<Var, Node> substitutions = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            Var var = Var.alloc(name.startsWith("?") || name.startsWith("$") ? name.substring(1) : name);
            if (!mentioned.contains(var))
                throw new QueryException("The query has no variable ?" + var.getVarName() + " to bind; its variables: "
                        + mentioned.stream().map(Var::toString).sorted().toList());
            substitutions.put(var, term(value, query));
        });
        try {
            return QueryTransformOps.syntaxSubstitute(query, substitutions);
        } catch (org.apache.jena.query.QueryException ex) {
            throw new QueryException("Cannot bind " + params.keySet() + ": " + ex.getMessage(), ex);
        }
    }

    static Node term(String value, Query query) {
        try {
            return NodeFactoryExtra.parseNode(value, Prefixes.adapt(query.getPrefixMapping()));
        } catch (RiotException ex) {
            return NodeFactory.createLiteralString(value);
        }
    }

    private Parameters() {}
}
