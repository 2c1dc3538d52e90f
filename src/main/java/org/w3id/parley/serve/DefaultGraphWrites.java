package org.w3id.parley.serve;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateAdd;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateClear;
import org.apache.jena.sparql.modify.request.UpdateCopy;
import org.apache.jena.sparql.modify.request.UpdateCreate;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;

/**
 * Refuses, before it runs, a SPARQL Update operation that would write to or clear the default graph. Most of them
 * would fail anyway as they ran over {@link GraphStoreView}, but only once something matched: {@code INSERT { ?s ?p ?o }
 * WHERE { … }} that happens to match nothing would pass, and pass or fail depending on the data. Read by its syntax,
 * the same request is always refused.
 */
final class DefaultGraphWrites {

    /** Throws {@link DefaultGraphNotWritable} if {@code update} writes the default graph. */
    static void refuse(Update update) {
        if (update instanceof UpdateDropClear dropClear) refuse(dropClear);
        else if (update instanceof UpdateLoad load) refuse(load);
        else if (update instanceof UpdateCreate create) refuseName(create.getGraph(), "CREATE");
        else if (update instanceof UpdateBinaryOp binary) refuse(binary);
        else if (update instanceof UpdateData data) refuseQuads(data.getQuads(), null, "INSERT DATA or DELETE DATA");
        else if (update instanceof UpdateDeleteWhere deleteWhere)
            refuseQuads(deleteWhere.getQuads(), null, "DELETE WHERE");
        else if (update instanceof UpdateModify modify) refuse(modify);
    }

    private static void refuse(UpdateDropClear update) {
        String verb = update instanceof UpdateClear ? "CLEAR" : "DROP";
        Target target = update.getTarget();
        if (target.isDefault())
            throw DefaultGraphNotWritable.because(verb + " DEFAULT", "name the graph: " + verb + " GRAPH <IRI>");
        if (target.isAll())
            throw DefaultGraphNotWritable.because(
                    verb + " ALL would clear the default graph", "use " + verb + " NAMED for every named graph");
        if (target.isOneNamedGraph()) refuseName(target.getGraph(), verb);
    }

    private static void refuse(UpdateLoad load) {
        if (load.getDest() == null)
            throw DefaultGraphNotWritable.because(
                    "LOAD without INTO loads into the default graph", "use LOAD <source> INTO GRAPH <IRI>");
        refuseName(load.getDest(), "LOAD INTO");
    }

    private static void refuse(UpdateBinaryOp update) {
        String verb = update instanceof UpdateAdd ? "ADD" : update instanceof UpdateCopy ? "COPY" : "MOVE";
        for (Target target : List.of(update.getSrc(), update.getDest())) {
            if (target.isDefault())
                throw DefaultGraphNotWritable.because(verb + " from or to DEFAULT", "name both graphs: GRAPH <IRI>");
            if (target.isOneNamedGraph()) refuseName(target.getGraph(), verb);
        }
    }

    private static void refuse(UpdateModify modify) {
        Node with = modify.getWithIRI();
        if (with != null) refuseName(with, "WITH");
        refuseQuads(modify.getDeleteQuads(), with, "A DELETE template outside GRAPH and with no WITH");
        refuseQuads(modify.getInsertQuads(), with, "An INSERT template outside GRAPH and with no WITH");
    }

    /** A quad outside {@code GRAPH} goes to the default graph unless {@code with} names another. */
    private static void refuseQuads(List<Quad> quads, Node with, String what) {
        for (Quad quad : quads) {
            Node graph = quad.getGraph();
            if (Quad.isUnionGraph(graph) || (with == null && Quad.isDefaultGraph(graph)))
                throw DefaultGraphNotWritable.because(
                        what + " writes to the default graph",
                        "put the triples in GRAPH <IRI> { ... }" + (with == null ? " or start with WITH <IRI>" : ""));
        }
    }

    private static void refuseName(Node graph, String what) {
        if (GraphStoreView.namesDefaultGraph(graph))
            throw DefaultGraphNotWritable.because(
                    what + " <" + graph.getURI() + "> names the default graph", "name another graph");
    }

    private DefaultGraphWrites() {}
}
