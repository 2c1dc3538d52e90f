package org.w3id.parley.publish.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.w3id.parley.publish.negotiation.Negotiation;
import org.w3id.parley.publish.view.ErrorPage;
import org.w3id.parley.publish.view.NotFoundPage;

/**
 * The errors Jetty and Fuseki answer themselves (an unknown path, a method not allowed, a missing login): the site's
 * styled page for a browser, a line of text for any other client, instead of Jetty's bare HTML. Errors the site's
 * servlets write in full (a resource not found, a refused parameter) do not come here.
 */
public final class ErrorPages extends FusekiErrorHandler {

    /** Puts this in place of Fuseki's handler, on the server and on its servlet context (which keeps its own). */
    public static void install(FusekiServer server) {
        ErrorPages pages = new ErrorPages();
        server.getJettyServer().setErrorHandler(pages);
        ServletContextHandler.getServletContextHandler(server.getServletContext())
                .setErrorHandler(pages);
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int status, String message, Throwable cause, Callback callback)
            throws IOException {
        // A body refused for its size or its pace (413, 408) is left to Fuseki's handler, which does not wait for the
        // rest of it: a 10 MB query sent after Expect: 100-continue hung behind the styled page.
        if (status == HttpStatus.PAYLOAD_TOO_LARGE_413 || status == HttpStatus.REQUEST_TIMEOUT_408) {
            super.generateResponse(request, response, status, message, cause, callback);
            return;
        }
        String path = Request.getPathInContext(request);
        boolean person = Negotiation.prefersHtml(request.getHeaders().get(HttpHeader.ACCEPT));
        String text = status == HttpStatus.NOT_FOUND_404
                ? "Nothing is served at " + path + "."
                : status + " " + HttpStatus.getMessage(status) + (message == null ? "" : ": " + message);
        String body;
        if (person) {
            body = status == HttpStatus.NOT_FOUND_404 ? NotFoundPage.render(text) : ErrorPage.render(status, text);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        } else {
            body = text + "\n";
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        }
        response.getHeaders().add(HttpHeader.VARY, "Accept");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }
}
