package org.w3id.parley.serve;

import java.io.InputStream;

import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.lang.UpdateParser;
import org.apache.jena.sparql.modify.UpdateEngineMain;
import org.apache.jena.sparql.modify.UpdateSink;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.sparql.modify.UsingUpdateSink;
import org.apache.jena.sparql.modify.request.QuadDataAccSink;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.update.Update;

/**
 * SPARQL Update over {@link GraphStoreView}, parsed and run as it streams, as Fuseki does, except that each operation
 * that would write the default graph ({@link DefaultGraphWrites}) is refused before it runs. {@code INSERT DATA} and
 * {@code DELETE DATA} stream their quads past that check, so the view refuses those quad by quad; the caller's
 * transaction, aborted on the error, undoes whatever ran before.
 */
final class NamedGraphUpdateEngine extends UpdateEngineMain {

    private NamedGraphUpdateEngine(GraphStoreView view, Context context) {
        super(view, null, context);
    }

    /** Parses {@code input} and runs each operation on {@code view}; the caller holds a write transaction. */
    static void parseExecute(GraphStoreView view, UsingList using, InputStream input, String base) {
        Context context = Context.setupContextForDataset(null, view);
        Context.setCurrentDateTime(context);
        NamedGraphUpdateEngine engine = new NamedGraphUpdateEngine(view, context);
        engine.startRequest();
        try {
            UpdateSink sink = new UsingUpdateSink(engine.getUpdateSink(), using);
            try {
                Prologue prologue = new Prologue();
                prologue.setBase(IRIx.create(base));
                UpdateParser.createParser(Syntax.syntaxARQ).parse(sink, prologue, input);
            } finally {
                sink.close();
            }
        } finally {
            engine.finishRequest();
        }
    }

    @Override
    public UpdateSink getUpdateSink() {
        UpdateSink sink = super.getUpdateSink();
        return new UpdateSink() {
            @Override
            public void send(Update update) {
                DefaultGraphWrites.refuse(update);
                sink.send(update);
            }

            @Override
            public QuadDataAccSink createInsertDataSink() {
                return sink.createInsertDataSink();
            }

            @Override
            public QuadDataAccSink createDeleteDataSink() {
                return sink.createDeleteDataSink();
            }

            @Override
            public void flush() {
                sink.flush();
            }

            @Override
            public void close() {
                sink.close();
            }
        };
    }
}
