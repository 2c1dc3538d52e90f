package org.w3id.parley.publish.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.parley.publish.Paths;
import org.w3id.parley.publish.negotiation.Negotiation;
import org.w3id.parley.publish.negotiation.Representation;
import org.w3id.parley.publish.negotiation.Responses;
import org.w3id.parley.publish.view.SearchPage;
import org.w3id.parley.search.BadSearch;
import org.w3id.parley.search.Search;
import org.w3id.parley.search.SearchHit;

/**
 * {@code /search?q=words}: full-text search of labels, comments, quotes and source texts, best first, as a page or
 * (with {@code Accept: application/json} or {@code ?format=json}) as JSON. {@code ?limit=} asks for up to {@value
 * Search#MAX_LIMIT} hits ({@value #DEFAULT_LIMIT} without it). No words shows the form; a search that cannot be parsed,
 * is too long, or a bad limit is 400, for people the form again saying what is wrong.
 */
final class SearchServlet extends HttpServlet {
    static final int DEFAULT_LIMIT = 20;
    /** JSON here is plain {@code application/json}; the results key only lends its name and its accepted types. */
    private static final List<Representation> FORMATS = List.of(Representation.HTML, Representation.RESULTS_JSON);

    private final transient Optional<Search> search;
    private final transient SearchPage page;

    SearchServlet(Optional<Search> search, SearchPage page) {
        this.search = search;
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Representation> format = Negotiation.choose(request, FORMATS);
        if (format.isEmpty()) {
            Responses.plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, Negotiation.notAcceptable(FORMATS));
            return;
        }
        boolean json = format.get() != Representation.HTML;
        String words = Optional.ofNullable(request.getParameter("q")).orElse("").strip();
        if (search.isEmpty()) {
            Responses.plain(response, HttpServletResponse.SC_NOT_FOUND, "This store has no search index.");
            return;
        }
        if (words.isEmpty() && !json) {
            html(request, response, page.form(), "");
            return;
        }
        Optional<Integer> limit = limit(request.getParameter("limit"));
        if (limit.isEmpty()) {
            refuse(
                    response,
                    words,
                    "The limit \"" + request.getParameter("limit") + "\" is not a whole number between 1 and "
                            + Search.MAX_LIMIT + ".",
                    json);
            return;
        }
        List<SearchHit> hits;
        try {
            hits = search.get().find(words, limit.get());
        } catch (BadSearch ex) {
            refuse(response, words, ex.getMessage(), json);
            return;
        }
        if (json) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JSON.write(out, page.json(words, hits, limit.get()));
            Responses.varyOnAccept(response);
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json; charset=utf-8");
            response.getOutputStream().write(out.toByteArray());
        } else html(request, response, page.render(words, hits, limit.get()), words);
    }

    /** The limit asked for, {@value #DEFAULT_LIMIT} when none is; empty when it is not a number. */
    private static Optional<Integer> limit(String given) {
        if (given == null || given.isBlank()) return Optional.of(DEFAULT_LIMIT);
        try {
            return Optional.of(Integer.parseInt(given.strip()));
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private void refuse(HttpServletResponse response, String words, String problem, boolean json) throws IOException {
        if (json) {
            JsonObject error = new JsonObject();
            error.put("error", problem);
            error.put("query", words);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JSON.write(out, error);
            Responses.error(response, HttpServletResponse.SC_BAD_REQUEST, "application/json", out.toByteArray());
        } else
            Responses.error(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "text/html",
                    Responses.html(page.refused(words, problem)));
    }

    private static void html(HttpServletRequest request, HttpServletResponse response, String body, String words)
            throws IOException {
        String path = Paths.SEARCH + (words.isEmpty() ? "" : "?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
        Responses.send(
                request,
                response,
                key -> path,
                Representation.HTML,
                List.of(Representation.HTML),
                Responses.html(body));
    }
}
