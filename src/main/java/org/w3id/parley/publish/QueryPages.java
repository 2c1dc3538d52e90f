package org.w3id.parley.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.parley.query.Evidence;
import org.w3id.parley.query.EvidenceLookup;
import org.w3id.parley.query.NamedQueries;
import org.w3id.parley.query.Parameters;
import org.w3id.parley.ParleyException;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.query.ResultFormat;
import org.w3id.parley.sparql.SparqlFile;

/**
 * {@code /queries/NAME}: a named query or analysis as a resource. An HTML table whose terms link to their
 * pages and whose rows show their evidence, or SPARQL results as JSON (with the evidence array), CSV, TSV
 * or XML (with an evidence column). Parameters come from the query string and are bound as RDF terms.
 */
final class QueryPages extends HttpServlet {
    enum Format implements Offer {
        HTML("html", "text/html", null),
        JSON("json", "application/sparql-results+json", ResultFormat.JSON),
        CSV("csv", "text/csv", ResultFormat.CSV),
        TSV("tsv", "text/tab-separated-values", ResultFormat.TSV),
        XML("xml", "application/sparql-results+xml", ResultFormat.XML);

        private final String key;
        private final String mediaType;
        final ResultFormat results;

        Format(String key, String mediaType, ResultFormat results) {
            this.key = key;
            this.mediaType = mediaType;
            this.results = results;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public String mediaType() {
            return mediaType;
        }
    }

    static final List<Format> FORMATS = List.of(Format.values());

    record Param(String name, String description, String value) {}

    record Cell(Html.Value value) {}

    record Row(List<Cell> cells, List<Html.Source> sources) {}

    record Model(String name, String summary, String description, String text, List<Param> params, List<String> columns,
            List<Row> rows, boolean evidence, List<ResourcePage.Alternate> alternates, String error) {
        public boolean hasParams() {
            return !params.isEmpty();
        }
    }

    record Listed(String name, String summary, String description, String href) {}

    private final transient Site site;

    QueryPages(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        String path = request.getRequestURI();
        if (name.isEmpty()) {
            List<Listed> queries = new ArrayList<>();
            NamedQueries.all().forEach((n, file) -> queries.add(new Listed(n, file.summary(), file.description(), "/queries/" + n)));
            Responses.send(request, response, path, RdfFormat.HTML, List.of(RdfFormat.HTML),
                    Responses.html(Templates.render("queries", Map.of("queries", queries))));
            return;
        }
        SparqlFile file = NamedQueries.all().get(name);
        if (file == null) {
            site.notFound(request, response, "No query named '" + name + "'. The queries are listed at /queries/.");
            return;
        }
        Optional<Format> format = Negotiation.choose(request, FORMATS);
        if (format.isEmpty()) {
            Responses.plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, Negotiation.notAcceptable(FORMATS));
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((key, values) -> {
            if (!key.equals("format") && !values[values.length - 1].isBlank())
                params.put(key, values[values.length - 1]);
        });
        byte[] body;
        try {
            body = format.get() == Format.HTML ? Responses.html(Templates.render("query", page(file, params, path)))
                    : results(file, params, format.get());
        } catch (ParleyException ex) {
            Responses.plain(response, HttpServletResponse.SC_BAD_REQUEST, ex.getMessage());
            return;
        } catch (QueryCancelledException ex) {
            Responses.plain(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The query took too long and was cancelled.");
            return;
        }
        Responses.send(request, response, key -> path + "?" + queryString(params, key), format.get(), FORMATS, body);
    }

    private byte[] results(SparqlFile file, Map<String, String> params, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.local(site.store()).run(QueryRunner.parse(file), params, format.results, true, out);
        return out.toByteArray();
    }

    private Model page(SparqlFile file, Map<String, String> params, String path) {
        Query query = Parameters.bind(QueryRunner.parse(file), params);
        List<ResourcePage.Alternate> alternates = FORMATS.stream().filter(f -> f != Format.HTML)
                .map(f -> new ResourcePage.Alternate(f.key(), f.mediaType(), path + "?" + queryString(params, f.key()))).toList();
        List<Param> declared = declared(file, params);
        if (!query.isSelectType())
            return new Model(file.name(), file.summary(), file.description(), file.text(), declared, List.of(), List.of(), false,
                    alternates, "Only SELECT queries are shown as tables; use ?format= for the others.");
        QueryRunner runner = QueryRunner.local(site.store());
        return site.html().read(() -> {
            List<Binding> rows = runner.select(query);
            List<Var> vars = query.getProjectVars();
            boolean withEvidence = EvidenceLookup.hasClaimColumns(vars);
            List<List<Evidence>> evidence = withEvidence ? EvidenceLookup.forRows(rows, vars, runner::select) : List.of();
            Html html = site.html();
            List<Row> table = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Binding row = rows.get(i);
                List<Cell> cells = vars.stream().map(v -> {
                    Node value = row.get(v);
                    return new Cell(value == null ? null : html.value(value));
                }).toList();
                List<Html.Source> sources = withEvidence
                        ? evidence.get(i).stream().map(e -> html.source(org.apache.jena.graph.NodeFactory.createURI(e.claim()), e)).toList()
                        : List.of();
                table.add(new Row(cells, sources));
            }
            return new Model(file.name(), file.summary(), file.description(), file.text(), declared,
                    vars.stream().map(Var::getVarName).toList(), table, withEvidence, alternates, null);
        });
    }

    /** The parameters the query's header declares, with the values given. */
    private static List<Param> declared(SparqlFile file, Map<String, String> given) {
        List<Param> params = new ArrayList<>();
        file.parameters().forEach((name, description) -> params.add(new Param(name, description, given.getOrDefault(name, ""))));
        return params;
    }

    private static String queryString(Map<String, String> params, String format) {
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> query.append(encode(k)).append('=').append(encode(v)).append('&'));
        return query.append("format=").append(format).toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
