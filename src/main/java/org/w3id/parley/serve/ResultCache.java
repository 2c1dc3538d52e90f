package org.w3id.parley.serve;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Now;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprNone;
import org.apache.jena.sparql.expr.ExprTripleTerm;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.ExprVisitorFunction;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.Unstable;
import org.w3id.parley.store.StoreVersion;

/**
 * Answers a SPARQL query that was already answered from the bytes of that answer, as long as the store has not
 * committed anything since: the key is the store's version, the method, the query and every request parameter, and
 * the {@code Accept} header. Answers are kept gzip-compressed, since SPARQL results are verbose and compress tenfold,
 * so whole-corpus listings fit too: successful answers up to {@link #MAX_ENTRY} compressed bytes, in at most
 * {@code capacity} compressed bytes, least recently used first out. Larger answers stream through untouched.
 *
 * <p>Only answers the query engine finished and the client received in full are kept: not one the timeout cut off
 * (Fuseki then sets an error status, though 200 may already have been sent), not one whose client hung up part way,
 * and not the answer to a query that asks for the time, random numbers or fresh identifiers. A hit replays the
 * headers the answer was sent with ({@link #REPLAYED}); a client that takes gzip gets the kept bytes as they are. A request with {@code Cache-Control: no-cache} is answered
 * afresh, and its answer replaces the kept one. {@code HEAD} passes through to Fuseki, as on a miss.
 */
final class ResultCache extends FilterModule {
    static final int MAX_ENTRY = 16 << 20;
    static final String HEADER = "X-Parley-Cache";

    /** The response headers, besides the type, that a hit repeats from the answer it replays. */
    static final List<String> REPLAYED =
            List.of("Vary", "Cache-Control", "Pragma", "Expires", "ETag", "Last-Modified", "Content-Language");

    /**
     * Functions whose value differs from one execution to the next: besides the SPARQL built-ins that Jena marks
     * {@link Unstable} or evaluates per query ({@link E_Now}), their namesakes in the XPath and ARQ libraries.
     */
    private static final Set<String> UNSTABLE_FUNCTIONS = Set.of(
            "http://www.w3.org/2005/xpath-functions#current-dateTime",
            "http://www.w3.org/2005/xpath-functions#current-date",
            "http://www.w3.org/2005/xpath-functions#current-time",
            "http://jena.apache.org/ARQ/function#now",
            "http://jena.apache.org/ARQ/function#bnode",
            "http://jena.apache.org/ARQ/function#random",
            "http://jena.apache.org/ARQ/function#uuid");

    /** An answer: its type, the other headers it was sent with, its body gzip-compressed, and that body's length. */
    private record Entry(String contentType, Map<String, List<String>> headers, byte[] gzipped, long length) {}

    private final StoreVersion version;
    private final long capacity;
    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long size;
    private long cachedVersion = Long.MIN_VALUE;

    ResultCache(StoreVersion version, long capacity, String... paths) {
        super("Parley result cache", paths);
        this.version = version;
        this.capacity = capacity;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = key(request);
        long now = version.current();
        if (key == null || now < 0) {
            chain.doFilter(request, response);
            return;
        }
        Entry hit = lookup(now, key);
        if (hit != null && !refreshRequested(request)) {
            replay(hit, acceptsGzip(request), response);
            return;
        }
        Capture capture = new Capture(response);
        try {
            chain.doFilter(request, capture);
        } catch (IOException | ServletException | RuntimeException ex) {
            capture.discard();
            throw ex;
        }
        byte[] gzipped = capture.finish();
        // Kept before the last bytes leave for the client: a client that asks again the moment it has the answer
        // must find it kept. The answer is whole once the chain returned without failing.
        if (gzipped != null
                && capture.answered()
                && capture.getContentType() != null
                && deterministic(request.getParameter("query")))
            store(now, key, new Entry(capture.getContentType(), replayed(capture), gzipped, capture.length()));
        capture.flushBuffer();
    }

    private static void replay(Entry hit, boolean gzip, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(hit.contentType());
        hit.headers().forEach((name, values) -> {
            if (name.equals("Vary")) {
                // the CORS filter has added its own already: keep both
                Set<String> vary = new LinkedHashSet<>();
                for (String value : values) tokens(value, vary);
                for (String value : response.getHeaders("Vary")) tokens(value, vary);
                response.setHeader(name, String.join(",", vary));
            } else {
                response.setHeader(name, null);
                for (String value : values) response.addHeader(name, value);
            }
        });
        response.setHeader(HEADER, "hit");
        if (gzip) {
            // as kept: the server's compression leaves an answer alone that says it is encoded already
            response.setHeader("Content-Encoding", "gzip");
            response.setContentLengthLong(hit.gzipped().length);
            response.getOutputStream().write(hit.gzipped());
            return;
        }
        response.setContentLengthLong(hit.length());
        try (GZIPInputStream body = new GZIPInputStream(new ByteArrayInputStream(hit.gzipped()), 1 << 16)) {
            body.transferTo(response.getOutputStream());
        }
    }

    /** Whether the client takes gzip, as the server's compression reads it: {@code Accept-Encoding} names it, not with q=0. */
    static boolean acceptsGzip(HttpServletRequest request) {
        for (var values = request.getHeaders("Accept-Encoding"); values != null && values.hasMoreElements(); )
            for (String coding : values.nextElement().split(",", -1)) {
                String[] parts = coding.split(";", -1);
                if (!parts[0].strip().equalsIgnoreCase("gzip")) continue;
                for (int i = 1; i < parts.length; i++)
                    if (parts[i].strip().replace(" ", "").matches("(?i)q=0(\\.0{0,3})?")) return false;
                return true;
            }
        return false;
    }

    private static void tokens(String header, Set<String> into) {
        for (String token : header.split(",", -1)) if (!token.isBlank()) into.add(token.strip());
    }

    /** The headers of {@link #REPLAYED} as the answer was sent. */
    private static Map<String, List<String>> replayed(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : REPLAYED) {
            Collection<String> values = response.getHeaders(name);
            if (values != null && !values.isEmpty()) headers.put(name, List.copyOf(values));
        }
        return headers;
    }

    /** Whether the client asked for a fresh answer ({@code Cache-Control: no-cache}, or HTTP/1.0's pragma). */
    private static boolean refreshRequested(HttpServletRequest request) {
        List<String> directives = new ArrayList<>();
        for (String header : List.of("Cache-Control", "Pragma"))
            for (var values = request.getHeaders(header); values != null && values.hasMoreElements(); )
                for (String directive : values.nextElement().split(",", -1))
                    directives.add(directive.strip().toLowerCase(Locale.ROOT));
        return directives.contains("no-cache") || directives.contains("no-store") || directives.contains("max-age=0");
    }

    /**
     * Whether the same query over the same data always gives the same answer: not if it calls a function that
     * differs per execution ({@code NOW()}, {@code RAND()}, {@code UUID()}, {@code STRUUID()}, {@code BNODE()}),
     * anywhere in its algebra, {@code EXISTS} included. A query that does not parse here is not kept either.
     */
    static boolean deterministic(String queryString) {
        if (queryString == null) return false;
        Query query;
        try {
            query = QueryFactory.create(queryString, "http://localhost/", Syntax.syntaxARQ);
        } catch (QueryException ex) {
            return false;
        }
        if (!query.isSelectType() && !query.isConstructType() && !query.isAskType() && !query.isDescribeType())
            return false;
        if (query.getQueryPattern() == null) return true; // DESCRIBE <iri>
        UnstableFinder finder = new UnstableFinder();
        finder.walk(Algebra.compile(query));
        return !finder.found;
    }

    /** Walks an algebra expression and every expression in it, into {@code EXISTS} patterns too. */
    private static final class UnstableFinder extends ExprVisitorFunction {
        boolean found;

        void walk(Op op) {
            Walker.walk(op, new OpVisitorBase(), this);
        }

        @Override
        protected void visitExprFunction(ExprFunction function) {
            if (function instanceof Unstable || function instanceof E_Now) found = true;
            else if (function instanceof E_Function call && UNSTABLE_FUNCTIONS.contains(call.getFunctionIRI()))
                found = true;
        }

        @Override
        public void visit(ExprFunctionOp function) {
            if (function.getGraphPattern() != null) walk(function.getGraphPattern());
        }

        @Override
        public void visit(NodeValue value) {}

        @Override
        public void visit(ExprVar var) {}

        @Override
        public void visit(ExprAggregator aggregator) {
            aggregator.getAggregator().getExprList().forEach(expr -> Walker.walk(expr, this));
        }

        @Override
        public void visit(ExprTripleTerm tripleTerm) {}

        @Override
        public void visit(ExprNone none) {}
    }

    /**
     * What identifies a cacheable request: a GET, or a POST of an HTML form, with a {@code query} parameter. Other
     * requests (a query in a {@code application/sparql-query} body, anything with credentials, {@code HEAD}, which
     * Fuseki's query endpoint does not allow) pass through. The method is part of the key: Fuseki sends a GET's
     * answer with other headers ({@code Vary}) than a POST's.
     */
    private static String key(HttpServletRequest request) {
        String method = request.getMethod();
        boolean form = method.equals("POST")
                && request.getContentType() != null
                && request.getContentType().startsWith("application/x-www-form-urlencoded");
        if (!(method.equals("GET") || form) || request.getHeader("Authorization") != null) return null;
        if (request.getParameter("query") == null) return null;
        StringBuilder key = new StringBuilder(method)
                .append(' ')
                .append(request.getRequestURI())
                .append('\n');
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            key.append(name).append('=');
            for (String value : values) key.append(value.length()).append(':').append(value);
            key.append('\n');
        });
        String accept = request.getHeader("Accept");
        return key.append("Accept: ").append(accept == null ? "" : accept).toString();
    }

    private synchronized Entry lookup(long now, String key) {
        if (now != cachedVersion) {
            entries.clear();
            size = 0;
            cachedVersion = now;
        }
        return entries.get(key);
    }

    private synchronized void store(long at, String key, Entry entry) {
        if (at != cachedVersion) return; // the store moved while this answer was computed
        Entry replaced = entries.put(key, entry); // a fresh answer (no-cache) replaces the kept one
        size += cost(key, entry) - (replaced == null ? 0 : cost(key, replaced));
        var oldest = entries.entrySet().iterator();
        while (size > capacity && oldest.hasNext()) {
            var evicted = oldest.next();
            size -= cost(evicted.getKey(), evicted.getValue());
            oldest.remove();
        }
    }

    private static long cost(String key, Entry entry) {
        return entry.gzipped().length + key.length() * 2L;
    }

    /**
     * Keeps a gzip-compressed copy of what is written, up to {@link #MAX_ENTRY} compressed bytes; past that it gives
     * up the copy and just streams. Notes what would make the copy not the answer: a status other than 200 set at any
     * time (Fuseki sets one when the timeout cuts a query off after the answer has begun, though the client has already
     * been sent 200), or a write to the client that failed (it hung up).
     */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private final OutputStream gzip;
        private long length;
        private boolean overflowed;
        private boolean failed;
        private int status;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capture(HttpServletResponse response) throws IOException {
            super(response);
            // the fastest level: the copy is made while the answer streams out
            gzip = new BufferedOutputStream(
                    new GZIPOutputStream(copy, 1 << 16) {
                        {
                            def.setLevel(Deflater.BEST_SPEED);
                        }
                    },
                    1 << 16);
            status = response.getStatus();
        }

        @Override
        public void setStatus(int sc) {
            if (sc != HttpServletResponse.SC_OK) failed = true;
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            failed = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            failed = true;
            super.sendError(sc);
        }

        @Override
        public void reset() {
            failed = true; // what was written so far is not the answer any more
            super.reset();
        }

        /** Whether the answer was a 200 all along, written whole. */
        boolean answered() {
            return !failed && status == HttpServletResponse.SC_OK;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream real = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] bytes, int off, int len) throws IOException {
                        try {
                            real.write(bytes, off, len);
                        } catch (IOException | RuntimeException ex) {
                            failed = true;
                            throw ex;
                        }
                        keep(bytes, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        try {
                            real.flush();
                        } catch (IOException | RuntimeException ex) {
                            failed = true;
                            throw ex;
                        }
                    }

                    @Override
                    public void close() throws IOException {
                        try {
                            real.close();
                        } catch (IOException | RuntimeException ex) {
                            failed = true;
                            throw ex;
                        }
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        real.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null)
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8), false);
            return writer;
        }

        private void keep(byte[] bytes, int off, int len) throws IOException {
            if (overflowed) return;
            gzip.write(bytes, off, len);
            length += len;
            if (copy.size() > MAX_ENTRY) discard();
        }

        /** The whole body gzip-compressed, or {@code null} when it was too large to keep. */
        byte[] finish() throws IOException {
            if (writer != null) writer.flush();
            if (overflowed) return null;
            gzip.close();
            return copy.size() > MAX_ENTRY ? null : copy.toByteArray();
        }

        /** Gives the copy up, and the compressor's native memory with it. */
        void discard() throws IOException {
            if (!overflowed) {
                overflowed = true;
                gzip.close();
                copy.reset();
            }
        }

        /** How many bytes were written, uncompressed. */
        long length() {
            return length;
        }
    }
}
