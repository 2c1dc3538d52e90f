package org.w3id.parley.publish.view;

import java.util.Map;

import org.eclipse.jetty.http.HttpStatus;

/** The page of an error other than 404 that the server answers itself (405, 401, 413...), for people. */
public final class ErrorPage {
    private ErrorPage() {}

    public static String render(int status, String message) {
        return Templates.render(
                "error", Map.of("heading", status + " " + HttpStatus.getMessage(status), "message", message));
    }
}
