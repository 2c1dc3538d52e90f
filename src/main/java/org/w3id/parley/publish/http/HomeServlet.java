package org.w3id.parley.publish.http;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryCancelledException;
import org.w3id.parley.publish.Paths;
import org.w3id.parley.publish.describe.PerVersion;
import org.w3id.parley.publish.negotiation.Negotiation;
import org.w3id.parley.publish.negotiation.Representation;
import org.w3id.parley.publish.negotiation.Responses;
import org.w3id.parley.publish.view.HomePage;
import org.w3id.parley.store.StoreVersion;

/**
 * {@code /}: what the dataset is, its articles and counts, each actor with the demands made by it or on its
 * behalf, and the ways in: queries, the SPARQL endpoint, the dumps. Mounted at {@code ""}, which the servlet
 * specification maps to {@code /} alone.
 */
final class HomeServlet extends HttpServlet {
    private static final List<Representation> FORMATS = List.of(Representation.HTML);

    private final transient HomePage home;
    private final transient PerVersion<String, byte[]> page;

    HomeServlet(HomePage home, StoreVersion version) {
        this.home = home;
        this.page = new PerVersion<>(version, 1);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            answer(request, response);
        } catch (QueryCancelledException ex) {
            Responses.cancelled(response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (Negotiation.choose(request, FORMATS).isEmpty()) {
            Responses.plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, Negotiation.notAcceptable(FORMATS));
            return;
        }
        byte[] body = page.get("home", key -> Responses.html(home.render()));
        Responses.send(request, response, Paths.HOME, Representation.HTML, FORMATS, body);
    }
}
