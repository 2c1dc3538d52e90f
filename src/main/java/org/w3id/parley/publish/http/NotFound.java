package org.w3id.parley.publish.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.w3id.parley.publish.negotiation.Negotiation;
import org.w3id.parley.publish.negotiation.Representation;
import org.w3id.parley.publish.negotiation.Responses;
import org.w3id.parley.publish.view.NotFoundPage;

/** 404: a page for people, a line of text for programs. */
final class NotFound {
    private static final List<Representation> FORMATS = List.of(Representation.TURTLE, Representation.HTML);

    private NotFound() {}

    static void send(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        boolean person = Negotiation.choose(request, FORMATS).orElse(Representation.TURTLE) == Representation.HTML;
        if (!person) {
            Responses.plain(response, HttpServletResponse.SC_NOT_FOUND, message);
            return;
        }
        byte[] body = Responses.html(NotFoundPage.render(message));
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        Responses.varyOnAccept(response);
        response.setContentType("text/html; charset=utf-8");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }
}
