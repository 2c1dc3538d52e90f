package org.w3id.parley.serve;

import static java.lang.String.format;

import java.io.InputStream;
import java.util.Optional;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.update.UpdateException;

/**
 * Fuseki's SPARQL Update, run over {@link GraphStoreView} so that the default graph is the union of the named graphs,
 * readable and never written ({@link NamedGraphUpdateEngine}), and with the errors the request caused answered 400,
 * not 500 as if the server had failed. Those are an operation that would write the default graph, and an
 * {@link UpdateException} while the update runs ({@code CLEAR GRAPH} of a graph that does not exist, {@code CREATE} of
 * one that does, {@code WITH} together with {@code using-named-graph-uri}), which Fuseki answers 500, with the
 * exception as a cause when the parser wraps it. Any other failure (store, transaction, cancelled update) stays a 500.
 * Either way the transaction is aborted, so no operation of a failed request stays applied. The store is TDB2,
 * always transactional, so Fuseki's path for stores that are not is left out.
 */
final class ClientUpdateErrors extends SPARQL_Update {
    private static final String BASE = Fuseki.BaseParserSPARQL;
    private static final IRIxResolver RESOLVER =
            IRIxResolver.create().base(BASE).resolve(true).allowRelative(false).build();

    @Override
    protected void execute(HttpAction action, InputStream input) {
        UsingList using = usingList(action);
        action.beginWrite();
        try {
            NamedGraphUpdateEngine.parseExecute(GraphStoreView.of(action.getActiveDSG()), using, input, BASE);
            action.commit();
        } catch (ActionErrorException | OperationDeniedException ex) {
            fail(action);
            throw ex;
        } catch (RuntimeException ex) {
            fail(action);
            clientError(ex).ifPresent(ServletOps::errorBadRequest);
            if (ex instanceof QueryParseException parse) {
                action.log.warn(
                        format("[%d] Parse error: %s", action.id, SPARQLProtocol.messageForParseException(parse)));
                ServletOps.errorBadRequest(SPARQLProtocol.messageForException(parse));
            }
            if (ex instanceof QueryBuildException || ex instanceof QueryExceptionHTTP)
                ServletOps.errorBadRequest(ex.getMessage());
            ServletOps.errorOccurred(ex.getMessage(), ex);
        } finally {
            action.endWrite();
        }
    }

    private static void fail(HttpAction action) {
        ActionLib.consumeBody(action);
        action.abortSilent();
    }

    /** The message of the error the request caused, wherever the parser wrapped it. */
    private static Optional<String> clientError(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause())
            if ((cause instanceof DefaultGraphNotWritable || cause instanceof UpdateException)
                    && cause.getMessage() != null) return Optional.of(cause.getMessage());
        return Optional.empty();
    }

    /** The protocol's {@code using-graph-uri} and {@code using-named-graph-uri}, as Fuseki reads them. */
    private static UsingList usingList(HttpAction action) {
        UsingList using = new UsingList();
        String[] graphs = action.getRequestParameterValues(HttpNames.paramUsingGraphURI);
        String[] namedGraphs = action.getRequestParameterValues(HttpNames.paramUsingNamedGraphURI);
        if (graphs != null) for (String iri : graphs) using.addUsing(NodeFactory.createURI(resolve(iri)));
        if (namedGraphs != null)
            for (String iri : namedGraphs) using.addUsingNamed(NodeFactory.createURI(resolve(iri)));
        return using;
    }

    private static String resolve(String iri) {
        try {
            IRIx resolved = RESOLVER.resolve(iri);
            return resolved.str();
        } catch (RuntimeException ex) {
            ServletOps.errorBadRequest("SPARQL Update: bad IRI: " + iri);
            return iri;
        }
    }
}
