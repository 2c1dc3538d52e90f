package org.w3id.parley.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.parley.query.NamedQueries;
import org.w3id.parley.ParleyException;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.query.ResultFormat;
import org.w3id.parley.sparql.SparqlFile;

/**
 * The named queries and analyses over HTTP, each row with its evidence:
 * {@code GET /parley/analysis/} lists them, {@code GET /parley/analysis/NAME?param=value} runs one.
 * JSON (SPARQL results plus an {@code evidence} array) by default; CSV, TSV or a text table by
 * {@code Accept} or {@code ?format=}, with an evidence column. Parameters are bound as RDF terms.
 */
final class NamedQueryEndpoint extends HttpServlet implements FusekiModule {
    static final String PATH = ServeSettings.DATASET + "/analysis";

    private static final AcceptList OFFERS = AcceptList.create("application/sparql-results+json", "application/json",
            "text/csv", "text/tab-separated-values", "text/plain");
    private static final Map<String, ResultFormat> BY_MEDIA_TYPE = Map.of(
            "application/sparql-results+json", ResultFormat.JSON, "application/json", ResultFormat.JSON,
            "text/csv", ResultFormat.CSV, "text/tab-separated-values", ResultFormat.TSV, "text/plain", ResultFormat.TABLE);

    private final transient DatasetGraph store;

    NamedQueryEndpoint(DatasetGraph store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "Parley named queries";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet(PATH + "/*", this);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        if (name.isEmpty()) {
            list(response);
            return;
        }
        SparqlFile file = NamedQueries.all().get(name);
        if (file == null) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "No query named '" + name + "'. See " + PATH + "/");
            return;
        }
        ResultFormat format;
        try {
            format = format(request);
        } catch (IllegalArgumentException ex) {
            error(response, HttpServletResponse.SC_NOT_ACCEPTABLE, ex.getMessage());
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((key, values) -> {
            if (!key.equals("format"))
                params.put(key, values[values.length - 1]);
        });
        // Results are built in memory first, so a failure can still be answered with a proper status.
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        try {
            QueryRunner.local(store).run(QueryRunner.parse(file), params, format, true, body);
        } catch (ParleyException ex) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, ex.getMessage());
            return;
        } catch (QueryCancelledException ex) {
            error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query timed out");
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.mediaType());
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Vary", "Accept");
        try (OutputStream out = response.getOutputStream()) {
            body.writeTo(out);
        }
    }

    private static ResultFormat format(HttpServletRequest request) {
        String explicit = request.getParameter("format");
        if (explicit != null) {
            try {
                return ResultFormat.valueOf(explicit.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("format must be json, csv, tsv or table");
            }
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank())
            return ResultFormat.JSON;
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERS);
        if (chosen == null)
            throw new IllegalArgumentException("Acceptable: " + String.join(", ", BY_MEDIA_TYPE.keySet().stream().sorted().toList()));
        return BY_MEDIA_TYPE.get(chosen.getContentTypeStr());
    }

    private static void list(HttpServletResponse response) throws IOException {
        JsonArray queries = new JsonArray();
        NamedQueries.all().forEach((name, file) -> {
            JsonObject entry = new JsonObject();
            entry.put("name", name);
            entry.put("summary", file.summary());
            entry.put("description", file.description());
            entry.put("params", file.params());
            entry.put("url", PATH + "/" + name);
            queries.add(entry);
        });
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            JSON.write(out, queries);
        }
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
