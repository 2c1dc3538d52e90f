package org.w3id.parley.serve;

import java.util.Base64;
import java.util.Locale;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers 400 to {@code Authorization: Basic} credentials that are not base64. Jetty's basic authenticator would
 * otherwise throw on them, and a client's typo became a 500 with a stack trace in the log. Sits in front of the
 * whole server, since the authenticator runs before any servlet filter.
 */
final class BasicCredentialsCheck extends Handler.Wrapper {
    private static final String BASIC = "basic";

    BasicCredentialsCheck(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (isMalformed(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
            Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400, "Malformed basic credentials");
            return true;
        }
        return super.handle(request, response, callback);
    }

    /** Basic credentials that are not base64; other schemes are left to whoever handles them. */
    static boolean isMalformed(String authorization) {
        if (authorization == null) return false;
        String value = authorization.strip();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space);
        if (!scheme.toLowerCase(Locale.ROOT).equals(BASIC)) return false;
        String credentials = space < 0 ? "" : value.substring(space + 1).strip();
        try {
            Base64.getDecoder().decode(credentials);
            return false;
        } catch (IllegalArgumentException notBase64) {
            return true;
        }
    }
}
