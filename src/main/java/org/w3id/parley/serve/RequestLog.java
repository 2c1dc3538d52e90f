package org.w3id.parley.serve;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per HTTP request: method, path, status and time taken, whatever served it. */
final class RequestLog extends FilterModule {
    private static final Logger LOG = LoggerFactory.getLogger("org.w3id.parley.Request");

    RequestLog() {
        super("Parley request log", "/*");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        // What fails past here and is not yet answered is answered 500 by Jetty, after this filter: log that.
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            String query = request.getQueryString();
            LOG.info(
                    "{} {}{} {} {} ms",
                    request.getMethod(),
                    request.getRequestURI(),
                    query == null ? "" : "?" + abbreviate(query),
                    failed && !response.isCommitted()
                            ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                            : response.getStatus(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Query strings carry whole SPARQL queries; a log line should stay a line. */
    private static String abbreviate(String queryString) {
        return queryString.length() <= 120 ? queryString : queryString.substring(0, 117) + "...";
    }
}
