package org.w3id.parley.serve;

import java.io.InputStream;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.update.UpdateException;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL Update, with the errors the request caused answered 400, not 500. Fuseki answers a parse error 400
 * but an {@link org.apache.jena.update.UpdateException} while the update runs ({@code CLEAR GRAPH} of a graph that does
 * not exist, {@code CREATE} of one that does, {@code WITH} together with {@code using-named-graph-uri}) with a 500, as
 * if the server had failed: without a cause when the engine throws it, or with it as the cause when the update is parsed
 * and run as it streams (the parser wraps it). A 500 with no {@code UpdateException} among its causes (a store or
 * transaction failure, a cancelled update) stays a 500. The transaction is already aborted when this sees the error.
 */
final class ClientUpdateErrors extends SPARQL_Update {

    @Override
    protected void execute(HttpAction action, InputStream input) {
        try {
            super.execute(action, input);
        } catch (ActionErrorException ex) {
            if (ex.getRC() == HttpSC.INTERNAL_SERVER_ERROR_500
                    && ex.getMessage() != null
                    && (ex.getCause() == null || causedByUpdate(ex.getCause())))
                ServletOps.errorBadRequest(ex.getMessage());
            throw ex;
        }
    }

    private static boolean causedByUpdate(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause())
            if (cause instanceof UpdateException) return true;
        return false;
    }
}
