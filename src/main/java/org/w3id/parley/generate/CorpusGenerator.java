package org.w3id.parley.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.w3id.parley.vocab.Prefixes;

/**
 * Writes a deterministic synthetic corpus in Parley's model: {@code actors.trig} (the shared actors and
 * agenda topics) and {@code articles/aNNNNNN-aMMMMMM.trig}, one file per {@value #ARTICLES_PER_FILE}
 * articles. Articles are streamed to Jena's TriG block writer one at a time, so memory does not grow
 * with the corpus. Each article draws from its own random stream derived from the seed and its
 * number: the same seed gives byte-identical files, and article k is the same whatever N is. Every
 * {@value Negotiation#SOURCES} consecutive articles cover one {@link Negotiation}, drawn from a stream of its own.
 */
public final class CorpusGenerator {
    public static final int ARTICLES_PER_FILE = 1_000;
    /** One article in this many is forced to carry a refused sequence, so even a small corpus has deadlocks to find. */
    private static final int FORCED_CONFLICT_EVERY = 4;

    /** What was written. */
    public record Summary(int articles, int files, long quads) {}

    /** The prefixes each file opens with, in this order: the files must be byte-identical run to run. */
    private static final List<String> PREFIXES =
            List.of("parley", "id", "rdf", "rdfs", "xsd", "skos", "dcterms", "prov", "org", "schema", "oa", "cnt");

    private final ActorPool pool = new ActorPool();
    private final long seed;
    private final Consumer<String> progress;

    /** @param progress receives a line every {@value #ARTICLES_PER_FILE} articles */
    public CorpusGenerator(long seed, Consumer<String> progress) {
        this.seed = seed;
        this.progress = progress;
    }

    /** Writes {@code articles} articles under {@code out}, which must exist and be empty. */
    public Summary generate(int articles, Path out) throws IOException {
        Path articleDir = Files.createDirectories(out.resolve("articles"));
        GraphBuffer buffer = new GraphBuffer();
        long quads;
        try (TrigFile actors = new TrigFile(out.resolve("actors.trig"))) {
            pool.describe(buffer);
            quads = buffer.drainTo(actors.stream);
        }
        int files = 1;
        for (int first = 0; first < articles; first += ARTICLES_PER_FILE) {
            int last = Math.min(articles, first + ARTICLES_PER_FILE) - 1;
            String name = String.format(Locale.ROOT, "a%06d-a%06d.trig", first, last);
            try (TrigFile file = new TrigFile(articleDir.resolve(name))) {
                for (int i = first; i <= last; i++) {
                    int n = i / Negotiation.SOURCES;
                    Negotiation negotiation = Negotiation.of(pool, n, negotiationRandom(n));
                    new SyntheticArticle(pool, i, negotiation, i % Negotiation.SOURCES, randomFor(i))
                            .write(buffer, i % FORCED_CONFLICT_EVERY == 0);
                    quads += buffer.drainTo(file.stream);
                }
            }
            files++;
            if ((last + 1) % ARTICLES_PER_FILE == 0)
                progress.accept(String.format(
                        Locale.ROOT, "%,d of %,d articles generated (%,d quads)", last + 1, articles, quads));
        }
        return new Summary(articles, files, quads);
    }

    /** An independent stream per article: the seed and the article's number, mixed so neighbours do not correlate. */
    private SplittableRandom randomFor(int article) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + article));
    }

    /**
     * The stream a negotiation's parties, territory and dates are drawn from, the same for each of its articles; apart
     * from the articles' own streams (a fixed odd constant flips it away from theirs).
     */
    private SplittableRandom negotiationRandom(int negotiation) {
        return new SplittableRandom(mix((seed * 0x9E3779B97F4A7C15L + negotiation) ^ 0x5DEECE66DL));
    }

    /** The finaliser of MurmurHash3: spreads every input bit over the whole output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB93FE1A85EC3L;
        return z ^ (z >>> 33);
    }

    /** One TriG output file, opened with Parley's prefixes and finished on close. */
    private static final class TrigFile implements AutoCloseable {
        private final OutputStream bytes;
        final StreamRDF stream;

        TrigFile(Path file) throws IOException {
            bytes = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            stream = StreamRDFWriter.getWriterStream(bytes, RDFFormat.TRIG_BLOCKS);
            stream.start();
            for (String prefix : PREFIXES) stream.prefix(prefix, Prefixes.COMMON.get(prefix));
        }

        @Override
        public void close() throws IOException {
            try {
                stream.finish();
            } finally {
                bytes.close();
            }
        }
    }
}
