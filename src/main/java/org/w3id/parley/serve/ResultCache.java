package org.w3id.parley.serve;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
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

import org.w3id.parley.store.StoreVersion;

/**
 * Answers a SPARQL query that was already answered from the bytes of that answer, as long as the store has not
 * committed anything since: the key is the store's version, the query and every request parameter, and the
 * {@code Accept} header. Answers are kept gzip-compressed, since SPARQL results are verbose and compress tenfold,
 * so whole-corpus listings fit too: successful answers up to {@link #MAX_ENTRY} compressed bytes, in at most
 * {@code capacity} compressed bytes, least recently used first out. Larger answers stream through untouched.
 */
final class ResultCache extends FilterModule {
    static final int MAX_ENTRY = 16 << 20;
    static final String HEADER = "X-Parley-Cache";

    /** An answer: its type, its body gzip-compressed, and that body's length uncompressed. */
    private record Entry(String contentType, byte[] gzipped, long length) {}

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
        if (hit != null) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(hit.contentType());
            response.setHeader(HEADER, "hit");
            response.setContentLengthLong(hit.length());
            if (!request.getMethod().equals("HEAD"))
                try (GZIPInputStream body = new GZIPInputStream(new ByteArrayInputStream(hit.gzipped()), 1 << 16)) {
                    body.transferTo(response.getOutputStream());
                }
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
        if (gzipped != null && capture.getStatus() == HttpServletResponse.SC_OK && capture.getContentType() != null)
            store(now, key, new Entry(capture.getContentType(), gzipped, capture.length()));
    }

    /**
     * What identifies a cacheable request: a GET, or a POST of an HTML form, with a {@code query} parameter. Other
     * requests (a query in a {@code application/sparql-query} body, anything with credentials) pass through.
     */
    private static String key(HttpServletRequest request) {
        String method = request.getMethod();
        boolean form = method.equals("POST")
                && request.getContentType() != null
                && request.getContentType().startsWith("application/x-www-form-urlencoded");
        if (!(method.equals("GET") || method.equals("HEAD") || form) || request.getHeader("Authorization") != null)
            return null;
        if (request.getParameter("query") == null) return null;
        StringBuilder key = new StringBuilder(request.getRequestURI()).append('\n');
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
        long cost = entry.gzipped().length + key.length() * 2L;
        if (entries.put(key, entry) == null) size += cost;
        var oldest = entries.entrySet().iterator();
        while (size > capacity && oldest.hasNext()) {
            var evicted = oldest.next();
            size -= evicted.getValue().gzipped().length + evicted.getKey().length() * 2L;
            oldest.remove();
        }
    }

    /**
     * Keeps a gzip-compressed copy of what is written, up to {@link #MAX_ENTRY} compressed bytes; past that it gives
     * up the copy and just streams.
     */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private final OutputStream gzip;
        private long length;
        private boolean overflowed;
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
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream real = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        real.write(b);
                        keep(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] bytes, int off, int len) throws IOException {
                        real.write(bytes, off, len);
                        keep(bytes, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        real.flush();
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
