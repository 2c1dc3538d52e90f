package org.w3id.parley.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.parley.ParleyException;
import org.w3id.parley.store.Stores;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "export",
        description =
                "Dump every named graph of the store (claims, entities, ontology, inferred) and, as default graph, its reading view, as TriG, N-Quads or JSON-LD.")
final class ExportCommand extends Subcommand {

    enum Format {
        trig(RDFFormat.TRIG_BLOCKS),
        nq(RDFFormat.NQUADS),
        jsonld(RDFFormat.JSONLD11);

        final RDFFormat rdf;

        Format(RDFFormat rdf) {
            this.rdf = rdf;
        }
    }

    @Mixin
    StoreOptions storeOptions;

    @Option(
            names = "--format",
            defaultValue = "trig",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Write here (replaced only once the dump is complete) instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        DatasetGraph store = storeOptions.open();
        try {
            if (out == null) {
                OutputStream stdout = Output.stream(out());
                Txn.executeRead(store, () -> write(store, stdout));
                stdout.flush();
                return 0;
            }
            Path absolute = out.toAbsolutePath();
            if (!Files.isDirectory(absolute.getParent()))
                throw new ParleyException(absolute.getParent() + ": no such directory for --out");
            Path partial = Files.createTempFile(
                    absolute.getParent(), absolute.getFileName().toString(), ".partial");
            try {
                try (OutputStream file = Files.newOutputStream(partial)) {
                    Txn.executeRead(store, () -> write(store, file));
                }
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            err().println("Exported " + storeOptions.describe() + " to " + out);
            return 0;
        } finally {
            store.close();
        }
    }

    /** The named graphs of data (not the loader's manifest) and the reading view as the default graph. */
    private void write(DatasetGraph store, OutputStream sink) {
        if (format == Format.jsonld) {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            data(store).forEachRemaining(copy::add);
            copy.prefixes().putAll(store.prefixes());
            RDFDataMgr.write(sink, copy, format.rdf);
            return;
        }
        StreamRDF stream = StreamRDFWriter.getWriterStream(sink, format.rdf);
        stream.start();
        store.prefixes().forEach(stream::prefix);
        Iter.forEach(data(store), stream::quad);
        stream.finish();
    }

    private static Iterator<Quad> data(DatasetGraph store) {
        return Iter.concat(
                store.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY),
                Iter.filter(store.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY), q -> Stores.isData(q.getGraph())));
    }
}
