package org.w3id.parley.serve;

import java.util.function.Function;

import org.apache.jena.atlas.lib.IRILib;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.system.DataUploader;
import org.apache.jena.fuseki.system.UploadDetails;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.web.HttpSC;
import org.w3id.parley.vocab.ParleyId;

/**
 * Fuseki's Graph Store Protocol read and write over {@link GraphStoreView}, which reads {@code ?default} as the union
 * of the named graphs and writes named graphs only, with four changes:
 *
 * <ul>
 *   <li>{@code PUT}, {@code POST} and {@code DELETE} of the default graph ({@code ?default}, or any of its names as
 *       {@code ?graph}) are refused with 400 before anything is read: the union cannot be written.
 *   <li>{@code POST} of a graph (a type that holds only triples: Turtle, N-Triples, RDF/XML; JSON-LD, TriX and the
 *       binary types can hold quads, so they count as quads) to the graph store itself, with no {@code graph} or
 *       {@code default} parameter, creates a graph named by the server under {@link ParleyId#GRAPHS} and answers 201
 *       with its URL as {@code Location} (SPARQL 1.1 Graph Store Protocol §5.5); Fuseki would add it to the default
 *       graph. A body with no triple creates nothing and is refused.
 *   <li>{@code POST} (add) or {@code PUT} (replace every named graph) of quads (TriG, N-Quads) to the graph store adds
 *       each quad to the graph it names, as Fuseki does, but a triple in the default graph refuses the whole body
 *       with 400, as a write to {@code ?default} would be.
 *   <li>JSON-LD bodies are refused with 415: a remote {@code @context} would be fetched.
 * </ul>
 */
final class NamedGraphStore extends GSP_RW {

    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        return GraphStoreView.of(action.getActiveDSG());
    }

    @Override
    protected void execPutGSP(HttpAction action) {
        refuseDefaultGraph(action, "PUT");
        refuseJsonLd(action);
        super.execPutGSP(action);
    }

    @Override
    protected void execPostGSP(HttpAction action) {
        refuseDefaultGraph(action, "POST");
        refuseJsonLd(action);
        super.execPostGSP(action);
    }

    @Override
    protected void execDeleteGSP(HttpAction action) {
        refuseDefaultGraph(action, "DELETE");
        super.execDeleteGSP(action);
    }

    @Override
    protected void execPostQuads(HttpAction action) {
        refuseJsonLd(action);
        if (isGraph(ActionLib.getContentType(action))) createGraph(action);
        else uploadQuads(action, false);
    }

    @Override
    protected void execPutQuads(HttpAction action) {
        refuseJsonLd(action);
        uploadQuads(action, true);
    }

    private static void refuseDefaultGraph(HttpAction action, String method) {
        String graph = action.getRequestParameter(HttpNames.paramGraph);
        boolean isDefault = action.getRequestParameter(HttpNames.paramGraphDefault) != null
                || HttpNames.graphTargetDefault.equals(graph)
                || HttpNames.graphTargetUnion.equals(graph)
                || (graph != null && GraphStoreView.namesDefaultGraph(NodeFactory.createURI(graph)));
        if (isDefault)
            ServletOps.errorBadRequest(
                    DefaultGraphNotWritable.because(method + " to the default graph", "name a graph with ?graph=IRI")
                            .getMessage());
    }

    /**
     * JSON-LD may name a remote {@code @context}, which its parser would fetch: data must never make the server reach
     * out to the network (the loader refuses JSON-LD for the same reason).
     */
    private static void refuseJsonLd(HttpAction action) {
        ContentType type = ActionLib.getContentType(action);
        if (type != null && Lang.JSONLD.equals(RDFLanguages.contentTypeToLang(type.getContentTypeStr())))
            ServletOps.error(
                    HttpSC.UNSUPPORTED_MEDIA_TYPE_415,
                    "JSON-LD bodies are refused: a remote @context would make the server fetch it from the network;"
                            + " send Turtle, N-Triples, RDF/XML, TriG or N-Quads");
    }

    private static boolean isGraph(ContentType type) {
        Lang lang = type == null ? null : RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        return lang != null && RDFLanguages.isTriples(lang) && !RDFLanguages.isQuads(lang);
    }

    private void createGraph(HttpAction action) {
        Node graph = ParleyId.newGraph();
        UploadDetails details = inWriteTransaction(action, view -> {
            UploadDetails parsed = DataUploader.incomingData(action, StreamRDFLib.graph(view.getGraph(graph)));
            if (parsed.getTripleCount() == 0)
                ServletOps.errorBadRequest(
                        "The body has no triples: POST to the graph store creates a graph from the triples sent");
            return parsed;
        });
        details.setExistedBefore(false);
        action.setResponseHeader(
                HttpNames.hLocation,
                action.getRequestRequestURL() + "?" + HttpNames.paramGraph + "="
                        + IRILib.encodeUriComponent(graph.getURI()));
        ServletOps.uploadResponse(action, details);
    }

    private void uploadQuads(HttpAction action, boolean replace) {
        if (ActionLib.getContentType(action) == null) ServletOps.errorBadRequest("No Content-Type:");
        UploadDetails details = inWriteTransaction(action, view -> {
            if (replace) view.clear();
            return DataUploader.incomingData(action, StreamRDFLib.dataset(view));
        });
        ServletOps.uploadResponse(action, details);
    }

    /** Fuseki's upload transaction, with a write to the default graph answered 400 and nothing of it kept. */
    private UploadDetails inWriteTransaction(HttpAction action, Function<DatasetGraph, UploadDetails> write) {
        action.beginWrite();
        try {
            UploadDetails details = write.apply(decideDataset(action));
            action.commit();
            return details;
        } catch (ActionErrorException | OperationDeniedException ex) {
            action.abortSilent();
            throw ex;
        } catch (RuntimeException ex) {
            action.abortSilent();
            DefaultGraphNotWritable.among(ex).ifPresent(refused -> ServletOps.errorBadRequest(refused.getMessage()));
            if (ex instanceof RiotException) ServletOps.errorBadRequest(ex.getMessage());
            ServletOps.errorOccurred(ex.getMessage());
            return null;
        } finally {
            action.endWrite();
        }
    }
}
