package org.w3id.parley.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.util.Context;

/**
 * Fuseki's SPARQL query, refusing with 400 before anything runs what the served dataset does not offer: a function or
 * property function it does not serve ({@link ServedFunctions}), and a dataset description (FROM, FROM NAMED,
 * {@code default-graph-uri}, {@code named-graph-uri}) naming one of Jena's reserved {@code urn:x-arq:} graphs, which
 * reach the store's own default graph (where Parley keeps its load manifest) instead of the union that SPARQL's default
 * graph is here. Refused up front, the client gets a message instead of a stream that breaks off or rows that are
 * silently unbound.
 */
final class ServedQuery extends SPARQL_QueryDataset {
    private static final String RESERVED_GRAPHS = "urn:x-arq:";

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        DatasetDescription dataset = SPARQLProtocol.getDatasetDescription(action, query);
        if (dataset != null)
            Stream.concat(dataset.getDefaultGraphURIs().stream(), dataset.getNamedGraphURIs().stream())
                    .filter(name -> name.startsWith(RESERVED_GRAPHS))
                    .findFirst()
                    .ifPresent(name -> ServletOps.errorBadRequest("Graph <" + name + "> is reserved: the default graph"
                            + " here is the union of the named graphs; leave out FROM to query it"));
        refusals(action.getDataset().getContext(), query).stream().findFirst().ifPresent(ServletOps::errorBadRequest);
    }

    /** Why the query may not run, for each function or property function in it the dataset does not serve. */
    static List<String> refusals(Context context, Query query) {
        List<String> refusals = new ArrayList<>();
        Walker.walk(
                Algebra.compile(query),
                new OpVisitorBase() {
                    @Override
                    public void visit(OpBGP bgp) {
                        bgp.getPattern().forEach(this::predicate);
                    }

                    @Override
                    public void visit(OpTriple triple) {
                        predicate(triple.getTriple());
                    }

                    private void predicate(Triple triple) {
                        Node predicate = triple.getPredicate();
                        if (predicate.isURI()) add(ServedFunctions.refusal(context, predicate.getURI(), true));
                    }

                    private void add(Optional<String> refusal) {
                        refusal.ifPresent(refusals::add);
                    }
                },
                new ExprVisitorBase() {
                    @Override
                    public void visit(ExprFunctionN func) {
                        if (func instanceof E_Function call)
                            ServedFunctions.refusal(context, call.getFunctionIRI(), false)
                                    .ifPresent(refusals::add);
                    }
                });
        return refusals;
    }
}
