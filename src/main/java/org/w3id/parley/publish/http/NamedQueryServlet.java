package org.w3id.parley.publish.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryCancelledException;
import org.w3id.parley.ParleyException;
import org.w3id.parley.publish.Paths;
import org.w3id.parley.publish.negotiation.Negotiation;
import org.w3id.parley.publish.negotiation.Representation;
import org.w3id.parley.publish.negotiation.Responses;
import org.w3id.parley.publish.view.QueryPage;
import org.w3id.parley.query.NamedQueries;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.query.UnresolvedParameter;
import org.w3id.parley.sparql.SparqlFile;

/**
 * The named queries and analyses over HTTP, each row with its evidence. One handler, mounted twice with the same
 * rules and different defaults: at {@code /parley/analysis/} for programs (the list as JSON; results as SPARQL JSON
 * with an {@code evidence} array unless {@code Accept} or {@code ?format=} asks for CSV, TSV or a text table) and at
 * {@code /queries/} for people (the list as a page; each query as an HTML table whose terms link to their pages and
 * whose rows show their evidence, or as JSON, CSV, TSV or XML results).
 *
 * <p>{@code GET <mount>NAME?param=value} runs one. A page shows each row as a finding sentence beside its evidence, or
 * with {@code ?view=table} every column. Every query-string parameter but {@code format} and {@code view} is bound, as an
 * RDF term, to the query's variable of that name. A parameter with a blank value counts as not given: an HTML form
 * submits its empty fields, and an empty string bound to a variable would match nothing rather than leave it open.
 * A value is resolved against the data (an IRI, a prefixed name, a path or a label: see
 * {@link org.w3id.parley.query.TermResolver}). An unknown query is 404; a parameter the query has no variable for, or
 * a value that names nothing or several things in the data, is 400 (for people the page again, with its form and what
 * was wrong); a format not offered here is 406, a query that runs out of time is 503.
 */
final class NamedQueryServlet extends HttpServlet {
    /** For programs; JSON first, so a client that says nothing gets SPARQL JSON. */
    static final List<Representation> FOR_PROGRAMS = List.of(
            Representation.RESULTS_JSON,
            Representation.RESULTS_CSV,
            Representation.RESULTS_TSV,
            Representation.RESULTS_TABLE);
    /** For people; HTML first, so a browser gets a page. */
    static final List<Representation> FOR_PEOPLE = List.of(
            Representation.HTML,
            Representation.RESULTS_JSON,
            Representation.RESULTS_CSV,
            Representation.RESULTS_TSV,
            Representation.RESULTS_XML);

    /** The page's parameter choosing how rows are shown; like {@code format}, never bound to a variable. */
    private static final String VIEW = "view";

    private static final List<String> VIEWS = List.of("findings", "table");

    private final transient QueryPage page;
    private final String mount;
    private final transient List<Representation> formats;

    /**
     * @param mount   where it is mounted, ending in {@code /}; the queries are at {@code mount + name}
     * @param formats what it offers, the default first; the list is a page when that is HTML, JSON otherwise
     */
    NamedQueryServlet(QueryPage page, String mount, List<Representation> formats) {
        this.page = page;
        this.mount = mount;
        this.formats = formats;
    }

    static NamedQueryServlet forPrograms(QueryPage page) {
        return new NamedQueryServlet(page, Paths.Endpoint.ANALYSIS.path() + "/", FOR_PROGRAMS);
    }

    static NamedQueryServlet forPeople(QueryPage page) {
        return new NamedQueryServlet(page, Paths.QUERIES, FOR_PEOPLE);
    }

    /** Where it answers, ending in {@code /}. */
    String mount() {
        return mount;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        if (name.isEmpty()) {
            list(request, response);
            return;
        }
        SparqlFile file = NamedQueries.all().get(name);
        if (file == null) {
            NotFound.send(request, response, "No query named '" + name + "'. The queries are listed at " + mount + ".");
            return;
        }
        Optional<Representation> format = Negotiation.choose(request, formats);
        if (format.isEmpty()) {
            Responses.plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, Negotiation.notAcceptable(formats));
            return;
        }
        Map<String, String> params = given(request);
        String path = request.getRequestURI();
        Function<String, String> urlFor = key -> path + "?" + queryString(params, key);
        String view = request.getParameter(VIEW);
        if (view != null && !view.isBlank() && !VIEWS.contains(view)) {
            Responses.plain(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "?view= is 'findings' (the default: each row as a sentence) or 'table' (every column), not '" + view
                            + "'.");
            return;
        }
        boolean table = "table".equals(view);
        QueryPage.View shown = new QueryPage.View(table, viewUrl(path, params, table ? null : "table"));
        // Built in memory first, so a failure can still be answered with a proper status.
        byte[] body;
        try {
            body = format.get() == Representation.HTML
                    ? Responses.html(page.render(file, params, formats, urlFor, shown))
                    : results(file, params, format.get());
        } catch (UnresolvedParameter ex) {
            refuse(response, file, params, format.get(), urlFor, ex);
            return;
        } catch (ParleyException ex) {
            Responses.plain(response, HttpServletResponse.SC_BAD_REQUEST, ex.getMessage());
            return;
        } catch (QueryCancelledException ex) {
            Responses.cancelled(response);
            return;
        }
        Responses.send(request, response, urlFor, format.get(), formats, body);
    }

    /**
     * 400 for a value that names nothing, or several things, in the data: for people the query's page again, with
     * the form, the values given and what was wrong; for programs the message, as JSON when they asked for JSON.
     */
    private void refuse(
            HttpServletResponse response,
            SparqlFile file,
            Map<String, String> params,
            Representation format,
            Function<String, String> urlFor,
            UnresolvedParameter problem)
            throws IOException {
        if (format == Representation.HTML) {
            byte[] body = Responses.html(page.refused(file, params, formats, urlFor, problem.getMessage()));
            Responses.error(response, HttpServletResponse.SC_BAD_REQUEST, "text/html", body);
        } else if (format == Representation.RESULTS_JSON) {
            JsonObject error = new JsonObject();
            error.put("error", problem.getMessage());
            error.put("parameter", problem.parameter());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JSON.write(out, error);
            Responses.error(response, HttpServletResponse.SC_BAD_REQUEST, "application/json", out.toByteArray());
        } else Responses.plain(response, HttpServletResponse.SC_BAD_REQUEST, problem.getMessage());
    }

    /** The parameters to bind: all but {@code format} and {@code view}, the last value of each, blank ones left out. */
    private static Map<String, String> given(HttpServletRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((key, values) -> {
            String value = values[values.length - 1];
            if (!key.equals("format") && !key.equals(VIEW) && !value.isBlank()) params.put(key, value);
        });
        return params;
    }

    /** The page with the same parameters, shown as {@code view} (null: the default, the findings). */
    private static String viewUrl(String path, Map<String, String> params, String view) {
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> query.append(query.length() == 0 ? "" : "&")
                .append(encode(k))
                .append('=')
                .append(encode(v)));
        if (view != null)
            query.append(query.length() == 0 ? "" : "&")
                    .append(VIEW)
                    .append('=')
                    .append(view);
        return query.length() == 0 ? path : path + "?" + query;
    }

    private byte[] results(SparqlFile file, Map<String, String> params, Representation format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        page.runner().run(QueryRunner.parse(file), params, format.results(), true, out);
        return out.toByteArray();
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (formats.get(0) == Representation.HTML) {
            Responses.send(
                    request,
                    response,
                    request.getRequestURI(),
                    Representation.HTML,
                    List.of(Representation.HTML),
                    Responses.html(QueryPage.list(mount)));
            return;
        }
        JsonArray queries = new JsonArray();
        NamedQueries.all().forEach((name, file) -> {
            JsonObject entry = new JsonObject();
            entry.put("name", name);
            entry.put("summary", file.summary());
            entry.put("description", file.description());
            entry.put("params", file.params());
            entry.put("url", mount + name);
            queries.add(entry);
        });
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            JSON.write(out, queries);
        }
    }

    private static String queryString(Map<String, String> params, String format) {
        StringBuilder query = new StringBuilder();
        params.forEach(
                (k, v) -> query.append(encode(k)).append('=').append(encode(v)).append('&'));
        return query.append("format=").append(format).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
