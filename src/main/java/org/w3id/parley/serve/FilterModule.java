package org.w3id.parley.serve;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * A servlet filter that is its own Fuseki module: the module only names it and mounts it on its paths, so the
 * server builder adds features as modules and each feature stays one class.
 */
abstract class FilterModule extends HttpFilter implements FusekiModule {
    private final String name;
    private final transient List<String> paths;

    FilterModule(String name, String... paths) {
        this.name = name;
        this.paths = List.of(paths);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        paths.forEach(path -> builder.addFilter(path, this));
    }

    /** The request's path on this server, decoded. */
    static String pathOf(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return servletPath + pathInfo;
    }
}
