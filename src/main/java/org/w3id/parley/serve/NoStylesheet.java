package org.w3id.parley.serve;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses Fuseki's {@code stylesheet} parameter (400): Fuseki copies it unescaped into the processing instruction
 * of XML results, so a link could make this server's answer carry any markup. The pages never use it.
 */
final class NoStylesheet extends FilterModule {
    static final String PARAMETER = "stylesheet";

    NoStylesheet(String... paths) {
        super("Parley no stylesheet parameter", paths);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getParameter(PARAMETER) != null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The stylesheet parameter is not supported");
            return;
        }
        chain.doFilter(request, response);
    }
}
