package org.w3id.parley.publish.http;

import jakarta.servlet.http.HttpServletRequest;

import org.w3id.parley.publish.Origin;

/** The origin a request was addressed to. */
final class Origins {
    private Origins() {}

    /** The scheme, host and port of the request URL, without its path. */
    static Origin of(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        int path = url.indexOf('/', url.indexOf("://") + 3);
        return new Origin(path < 0 ? url : url.substring(0, path));
    }
}
