package org.w3id.parley.publish.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.parley.publish.negotiation.Negotiation;
import org.w3id.parley.publish.negotiation.Representation;
import org.w3id.parley.publish.negotiation.Responses;
import org.w3id.parley.publish.view.ResultsPage;

/**
 * A browser's SPARQL query ({@code Accept} preferring {@code text/html}, no {@code format=} or {@code output=}) is
 * answered with a page: the query, editable, and its results as a table; a query with a syntax error gets a 400 page
 * with the error beside the query. Fuseki still runs the query, so its timeout, limits and refusals hold and the
 * endpoint stays read-only: this filter asks it for results a page can read (TSV, JSON for ASK, N-Triples for graphs)
 * and makes the page of what comes back. Programs (a SPARQL result type, {@code *}{@code /*}, no {@code Accept},
 * an explicit format) go on to Fuseki untouched.
 */
final class ResultsPageFilter extends HttpFilter {
    /** The rows a page shows; past them it says how many there were and links the full results. */
    static final int MAX_ROWS = 1000;

    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");
    private static final int MAX_BYTES = 8 << 20;
    private static final Set<String> FORMAT_PARAMETERS = Set.of("format", "output", "results", "force-accept");
    private static final List<Representation> OFFERS = List.of(
            Representation.RESULTS_JSON,
            Representation.RESULTS_XML,
            Representation.RESULTS_CSV,
            Representation.RESULTS_TSV,
            Representation.HTML);

    private final transient ResultsPage page;

    ResultsPageFilter(ResultsPage page) {
        this.page = page;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!forPage(request)) {
            chain.doFilter(request, response);
            return;
        }
        String endpoint = request.getRequestURI();
        String text = request.getParameter("query");
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException ex) {
            send(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    ResultsPage.failed(
                            endpoint, text, "The query has a syntax error", parserMessage(ex), position(text, ex)));
            return;
        } catch (QueryException ex) {
            send(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    ResultsPage.failed(endpoint, text, "The query is not valid", ex.getMessage(), null));
            return;
        }
        Optional<String> readable = readableFormat(query);
        if (readable.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        // a header line, then one line per row, and one more to know there were more
        CapturedAnswer answer = new CapturedAnswer(response, MAX_ROWS + 1, MAX_BYTES);
        chain.doFilter(new ForFuseki(request, readable.get()), answer);
        if (answer.status() != HttpServletResponse.SC_OK) {
            send(
                    response,
                    answer.status(),
                    ResultsPage.failed(endpoint, text, heading(answer.status()), answer.text(), null));
            return;
        }
        String html;
        try {
            html = render(endpoint, text, query, answer);
        } catch (RiotException | QueryException ex) {
            // Jena's TSV reader takes no RDF-star triple terms, which the SPARQL formats carry
            send(
                    response,
                    HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    ResultsPage.failed(
                            endpoint,
                            text,
                            "The results could not be shown as a table",
                            "This page cannot read these results back (" + ex.getMessage()
                                    + "). The same query with format=json, xml or csv gets them.",
                            null));
            return;
        }
        send(response, HttpServletResponse.SC_OK, html);
    }

    private String render(String endpoint, String text, Query query, CapturedAnswer answer) {
        if (query.isAskType()) {
            boolean yes = ResultSetMgr.readBoolean(new ByteArrayInputStream(answer.body()), ResultSetLang.RS_JSON);
            return page.ask(endpoint, text, yes);
        }
        if (query.isSelectType()) {
            ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(answer.body()), ResultSetLang.RS_TSV);
            List<String> columns = results.getResultVars();
            List<Binding> rows = new ArrayList<>();
            while (results.hasNext() && rows.size() < MAX_ROWS) rows.add(results.nextBinding());
            long total = answer.truncated() ? answer.lines() - 1 : rows.size();
            return page.select(endpoint, text, columns, rows, total);
        }
        List<Triple> triples = new ArrayList<>();
        RDFParser.source(new ByteArrayInputStream(answer.body()))
                .lang(Lang.NTRIPLES)
                .parse(new StreamRDFBase() {
                    @Override
                    public void triple(Triple triple) {
                        if (triples.size() < MAX_ROWS) triples.add(triple);
                    }
                });
        long total = answer.truncated() ? answer.lines() : triples.size();
        return page.triples(endpoint, text, triples, total);
    }

    /** The parser's message without its list of every token it would have taken, which buries the point. */
    static String parserMessage(QueryParseException ex) {
        String message = String.valueOf(ex.getMessage());
        int expecting = message.indexOf("Was expecting");
        return (expecting > 0 ? message.substring(0, expecting) : message).strip();
    }

    /**
     * Where the error is: as the message says, which names the token that could not be read, else as the exception
     * says, which may point at the token before.
     */
    private static ResultsPage.Position position(String text, QueryParseException ex) {
        Matcher said = POSITION.matcher(String.valueOf(ex.getMessage()));
        return said.find()
                ? ResultsPage.at(text, Long.parseLong(said.group(1)), Long.parseLong(said.group(2)))
                : ResultsPage.at(text, ex.getLine(), ex.getColumn());
    }

    /** What Fuseki is asked for, one row to a line where rows can be many; none for a query a page cannot show. */
    private static Optional<String> readableFormat(Query query) {
        if (query.isSelectType()) return Optional.of("text/tab-separated-values");
        if (query.isAskType()) return Optional.of("application/sparql-results+json");
        if (query.isConstructType() || query.isDescribeType()) return Optional.of("application/n-triples");
        return Optional.empty();
    }

    private static String heading(int status) {
        return switch (status) {
            case HttpServletResponse.SC_BAD_REQUEST -> "The query was refused";
            case HttpServletResponse.SC_SERVICE_UNAVAILABLE -> "The query took too long";
            default -> "The query failed";
        };
    }

    /**
     * Whether a person's browser sent the query: a GET or a form's POST with {@code query}, no format asked for, and
     * {@code Accept} preferring HTML to every SPARQL result type.
     */
    private static boolean forPage(HttpServletRequest request) {
        boolean form = request.getMethod().equals("POST")
                && request.getContentType() != null
                && request.getContentType().startsWith("application/x-www-form-urlencoded");
        if (!(request.getMethod().equals("GET") || form) || request.getParameter("query") == null) return false;
        for (String name : FORMAT_PARAMETERS) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) return false;
        }
        return Negotiation.choose(new ForFuseki(request, null), OFFERS).orElse(null) == Representation.HTML;
    }

    private static void send(HttpServletResponse response, int status, String html) throws IOException {
        byte[] body = Responses.html(html);
        response.setStatus(status);
        Responses.varyOnAccept(response);
        response.setContentType("text/html; charset=utf-8");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    /**
     * The request as Fuseki is to see it: asking for {@code accept} (unless null), without the blank format parameters
     * a form sends for "a table on a page".
     */
    private static final class ForFuseki extends HttpServletRequestWrapper {
        private final String accept;

        ForFuseki(HttpServletRequest request, String accept) {
            super(request);
            this.accept = accept;
        }

        @Override
        public String getHeader(String name) {
            return accept != null && name.equalsIgnoreCase("Accept") ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return accept != null && name.equalsIgnoreCase("Accept")
                    ? Collections.enumeration(List.of(accept))
                    : super.getHeaders(name);
        }

        @Override
        public String getParameter(String name) {
            return FORMAT_PARAMETERS.contains(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return FORMAT_PARAMETERS.contains(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return super.getParameterMap().entrySet().stream()
                    .filter(e -> !FORMAT_PARAMETERS.contains(e.getKey()))
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
