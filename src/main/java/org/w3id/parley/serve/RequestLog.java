package org.w3id.parley.serve;

import java.util.Set;
import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per HTTP request: method, path, status and time taken, whatever served it. */
final class RequestLog implements FusekiModule, Filter {
    private static final Logger LOG = LoggerFactory.getLogger("org.w3id.parley.Request");

    @Override
    public String name() {
        return "Parley request log";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", this);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            HttpServletRequest http = (HttpServletRequest) request;
            String query = http.getQueryString();
            LOG.info("{} {}{} {} {} ms", http.getMethod(), http.getRequestURI(), query == null ? "" : "?" + abbreviate(query),
                    ((HttpServletResponse) response).getStatus(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Query strings carry whole SPARQL queries; a log line should stay a line. */
    private static String abbreviate(String queryString) {
        return queryString.length() <= 120 ? queryString : queryString.substring(0, 117) + "...";
    }
}
