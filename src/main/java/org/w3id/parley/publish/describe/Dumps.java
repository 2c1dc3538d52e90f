package org.w3id.parley.publish.describe;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.parley.Sha256;
import org.w3id.parley.store.StoreVersion;
import org.w3id.parley.store.Stores;
import org.w3id.parley.vocab.Prefixes;

/**
 * Whole-dataset downloads: every named graph of the store (the claims, entities, ontology and inferences;
 * not the load manifest) as TriG, gzipped N-Quads and JSON-LD. Each is written once per committed version
 * of the data, to a temporary file, and served from there.
 */
public final class Dumps {
    public record Dump(String file, String mediaType, boolean gzip, RDFFormat writer) {
        /** What the HTTP response says it is: a gzip file stays a gzip file when saved. */
        public String contentType() {
            return gzip ? "application/gzip" : mediaType + "; charset=utf-8";
        }
    }

    public record Written(Path file, String etag) {}

    public static final List<Dump> DUMPS = List.of(
            new Dump("parley.trig", "application/trig", false, RDFFormat.TRIG_BLOCKS),
            new Dump("parley.nq.gz", "application/n-quads", true, RDFFormat.NQUADS),
            new Dump("parley.jsonld", "application/ld+json", false, RDFFormat.JSONLD11_PLAIN));

    private final DatasetGraph store;
    private final StoreVersion version;
    private final Map<String, Written> written = new HashMap<>();
    private long writtenVersion = Long.MIN_VALUE;
    private Path directory;

    public Dumps(DatasetGraph store, StoreVersion version) {
        this.store = store;
        this.version = version;
    }

    public static Optional<Dump> named(String file) {
        return DUMPS.stream().filter(d -> d.file().equals(file)).findFirst();
    }

    /** The dump of the data as it is now, written first if the data changed since the last one. */
    public synchronized Written current(Dump dump) {
        long now = version.current();
        if (now != writtenVersion) {
            // Files of the old version go; a response still reading one keeps its open file.
            written.values().forEach(w -> w.file().toFile().delete());
            written.clear();
            writtenVersion = now;
        }
        return written.computeIfAbsent(dump.file(), f -> write(dump, now));
    }

    private Written write(Dump dump, long at) {
        try {
            if (directory == null) {
                directory = Files.createTempDirectory("parley-dumps");
                directory.toFile().deleteOnExit();
            }
            // One name per version: a file being served is never rewritten under the reader.
            Path target = directory.resolve(at + "-" + dump.file());
            Path partial = directory.resolve(at + "-" + dump.file() + ".partial");
            MessageDigest sha = Sha256.digest();
            try (OutputStream file = Files.newOutputStream(partial);
                    DigestOutputStream digesting = new DigestOutputStream(file, sha);
                    OutputStream out = dump.gzip() ? new GZIPOutputStream(digesting, 1 << 16) : digesting) {
                Txn.executeRead(store, () -> RDFDataMgr.write(out, namedGraphs(), dump.writer()));
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            target.toFile().deleteOnExit();
            return new Written(target, "\"" + Sha256.hex(sha.digest(), 16) + "\"");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The store's named graphs and, as default graph, its reading view, linked rather than copied. */
    private DatasetGraph namedGraphs() {
        DatasetGraph view = DatasetGraphFactory.createGeneral();
        view.addGraph(Quad.defaultGraphIRI, store.getDefaultGraph());
        store.prefixes().forEach(view.prefixes()::add);
        Prefixes.COMMON.forEach(view.prefixes()::add);
        store.listGraphNodes().forEachRemaining((Node name) -> {
            if (Stores.isData(name)) view.addGraph(name, store.getGraph(name));
        });
        return view;
    }
}
