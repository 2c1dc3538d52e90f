package org.w3id.parley.serve;

import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;

/**
 * In front of everything that reads a request body: the body is refused before anything parses it when it is too
 * large, compressed, or arriving too slowly.
 *
 * <ul>
 *   <li>A body larger than the limit gets 413: by its {@code Content-Length} before any of it is read, and a body of
 *       unknown length (chunked) once the bytes read pass the limit.
 *   <li>A body with a {@code Content-Encoding} gets 415 and {@code Accept-Encoding: identity} (RFC 7694): Fuseki
 *       inflates gzip bodies itself, after the limit has counted only the compressed bytes, so a small body could
 *       unpack to gigabytes.
 *   <li>A body must arrive at {@value #MIN_BYTES_PER_SECOND} bytes a second or faster, counted from the first read
 *       and checked after {@value #GRACE_SECONDS} seconds, or it gets 408: otherwise a client sending a byte every
 *       few seconds holds a request thread for as long as it likes. A client that sends nothing is cut off by the
 *       connector's idle timeout.
 * </ul>
 *
 * <p>When the limit is passed while the body is read, the reader (Jetty's form parser, Fuseki) sees a failed read
 * and answers 400 or 500; the response here turns that error into the status that says why.
 */
final class RequestBodyGuard extends Handler.Wrapper {
    static final long MIN_BYTES_PER_SECOND = 1024;
    static final long GRACE_SECONDS = 5;

    private final long maxBytes;

    RequestBodyGuard(Handler handler, long maxBytes) {
        super(handler);
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        boolean hasBody = length > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        String encoding = request.getHeaders().get(HttpHeader.CONTENT_ENCODING);
        if (hasBody
                && encoding != null
                && !encoding.isBlank()
                && !encoding.strip().equalsIgnoreCase("identity")) {
            response.getHeaders().put(HttpHeader.ACCEPT_ENCODING, "identity");
            Response.writeError(
                    request,
                    response,
                    callback,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE_415,
                    "Compressed request bodies are not accepted: send it with no Content-Encoding");
            return true;
        }
        if (length > maxBytes) {
            Response.writeError(
                    request,
                    response,
                    callback,
                    HttpStatus.PAYLOAD_TOO_LARGE_413,
                    "Request body of " + length + " bytes is larger than " + maxBytes);
            return true;
        }
        GuardedRequest guarded = new GuardedRequest(request);
        return super.handle(guarded, new StatusOfRefusal(guarded, response), callback);
    }

    /** Counts the body as it is read and fails the read once it is too large or too slow. */
    private final class GuardedRequest extends Request.Wrapper {
        private long read;
        private long firstRead;
        private boolean reading;
        private volatile int refused;

        GuardedRequest(Request request) {
            super(request);
        }

        @Override
        public Content.Chunk read() {
            if (!reading) {
                reading = true;
                firstRead = NanoTime.now();
            }
            Content.Chunk chunk = super.read();
            if (chunk == null || Content.Chunk.isFailure(chunk)) return chunk;
            read += chunk.remaining();
            if (read > maxBytes)
                return refuse(
                        chunk, HttpStatus.PAYLOAD_TOO_LARGE_413, "Request body larger than " + maxBytes + " bytes");
            long seconds = TimeUnit.NANOSECONDS.toSeconds(NanoTime.since(firstRead));
            if (!chunk.isLast() && seconds >= GRACE_SECONDS && read < MIN_BYTES_PER_SECOND * seconds)
                return refuse(
                        chunk,
                        HttpStatus.REQUEST_TIMEOUT_408,
                        "Request body arriving slower than " + MIN_BYTES_PER_SECOND + " bytes a second");
            return chunk;
        }

        private Content.Chunk refuse(Content.Chunk chunk, int status, String message) {
            chunk.release();
            refused = status;
            BadMessageException failure = new BadMessageException(status, message);
            getWrapped().fail(failure);
            return Content.Chunk.from(failure, true);
        }
    }

    /** An error answer to a request whose body was refused carries the refusal's status instead. */
    private static final class StatusOfRefusal extends Response.Wrapper {
        private final GuardedRequest request;

        StatusOfRefusal(GuardedRequest request, Response response) {
            super(request, response);
            this.request = request;
        }

        @Override
        public void setStatus(int code) {
            int refused = request.refused;
            super.setStatus(refused != 0 && code >= 400 ? refused : code);
        }
    }
}
