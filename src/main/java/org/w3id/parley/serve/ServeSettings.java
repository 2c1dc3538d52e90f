package org.w3id.parley.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.w3id.parley.vocab.ParleyId;

/**
 * How the server runs.
 *
 * @param host     address to listen on; {@code localhost}/{@code 127.0.0.1} keeps the server private to this machine
 * @param port     port, 0 for any free one
 * @param timeout  the longest a query may run before it is cancelled
 * @param authFile Jetty password file ({@code user: password} lines); without it nothing can be written
 * @param maxRequestBytes the largest request body accepted; larger ones get 413 before anything parses them
 * @param base     the IRI prefix this server answers for at the same paths ({@code base + "id/x"} at {@code /id/x})
 * @param cacheBytes memory for answers to repeated queries, valid until the store changes; 0 for none
 */
public record ServeSettings(
        String host,
        int port,
        Duration timeout,
        Optional<Path> authFile,
        long maxRequestBytes,
        String base,
        long cacheBytes) {
    public static final long DEFAULT_MAX_REQUEST_BYTES = 8L << 20;
    public static final String DEFAULT_BASE = ParleyId.BASE;
    public static final long DEFAULT_CACHE_BYTES = 256L << 20;

    public ServeSettings(String host, int port, Duration timeout, Optional<Path> authFile) {
        this(host, port, timeout, authFile, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_BASE, DEFAULT_CACHE_BYTES);
    }

    public ServeSettings(String host, int port, Duration timeout, Optional<Path> authFile, long maxRequestBytes) {
        this(host, port, timeout, authFile, maxRequestBytes, DEFAULT_BASE, DEFAULT_CACHE_BYTES);
    }
}
