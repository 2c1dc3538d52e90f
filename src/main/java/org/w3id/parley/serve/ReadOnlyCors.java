package org.w3id.parley.serve;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Cross-origin reading, and only that: pages on any site may GET and POST queries and fetch pages, without
 * credentials ({@code Access-Control-Allow-Credentials} is never sent), and the write endpoints get no
 * cross-origin headers at all. Fuseki's CORS filter with the settings Fuseki would read from a CORS properties
 * file ({@code enableCors(true, file)}), given here instead of Fuseki's defaults, which allow PUT, DELETE and
 * PATCH, the {@code Authorization} header and credentials.
 */
final class ReadOnlyCors extends CrossOriginFilter {
    static final Map<String, String> SETTINGS = Map.of(
            ALLOWED_ORIGINS_PARAM, "*",
            ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
            ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin",
            ALLOW_CREDENTIALS_PARAM, "false",
            EXPOSED_HEADERS_PARAM,
                    "Cache-Control,Content-Language,Content-Length,Content-Type,Expires,Last-Modified,Pragma",
            CHAIN_PREFLIGHT_PARAM, "false");

    private final List<String> writePaths;

    /** {@code writePaths}: paths (and everything below them) that get no cross-origin headers. */
    ReadOnlyCors(List<String> writePaths) {
        this.writePaths = List.copyOf(writePaths);
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return config.getFilterName();
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return SETTINGS.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(SETTINGS.keySet());
            }
        });
    }

    @Override
    protected boolean isEnabled(HttpServletRequest request) {
        String path = FilterModule.pathOf(request);
        for (String write : writePaths) if (path.equals(write) || path.startsWith(write + "/")) return false;
        return super.isEnabled(request);
    }
}
