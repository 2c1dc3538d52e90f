package org.w3id.parley.publish.view;

import java.util.Map;

/** The page of a 404, for people: what was not found and where to start instead. */
public final class NotFoundPage {
    private NotFoundPage() {}

    public static String render(String message) {
        return Templates.render("notfound", Map.of("message", message));
    }
}
