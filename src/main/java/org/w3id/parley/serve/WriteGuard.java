package org.w3id.parley.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The defence against cross-site writes. A page on another site can make a browser that holds the user's basic-auth
 * credentials send a form POST (no preflight needed), so on the write endpoints a request that changes something is
 * refused when its {@code Origin} header is present and is not this server's own origin (403), and when its body has
 * a type an HTML form or a plain cross-site {@code fetch} can send (415): SPARQL Update must come as
 * {@code application/sparql-update}, Graph Store writes as an RDF type, never {@code application/x-www-form-urlencoded},
 * {@code multipart/form-data} or {@code text/plain}. Tools such as curl send no {@code Origin} and are unaffected.
 */
final class WriteGuard extends FilterModule {
    static final String SPARQL_UPDATE = "application/sparql-update";
    private static final Set<String> FORM_TYPES =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final String update;

    /**
     * @param update the SPARQL Update endpoint, which takes only {@code application/sparql-update}
     * @param graphStore the Graph Store write endpoint, which takes any type but a form's
     */
    WriteGuard(String update, String graphStore) {
        super("Parley write guard", update, update + "/*", graphStore, graphStore + "/*");
        this.update = update;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (READS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !isOwnOrigin(origin, request.getHeader("Host"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Writes from another origin are refused");
            return;
        }
        String type = mediaType(request.getContentType());
        boolean isUpdate = pathOf(request).startsWith(update);
        boolean hasBody = !request.getMethod().equals("DELETE");
        if (isUpdate ? !type.equals(SPARQL_UPDATE) : hasBody && (type.isEmpty() || FORM_TYPES.contains(type))) {
            response.sendError(
                    HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    isUpdate ? "SPARQL Update must be sent as " + SPARQL_UPDATE : "Send RDF with its own media type");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether {@code origin} names the host and port the request was sent to (its {@code Host} header). The scheme is
     * not compared, since a proxy in front may end TLS; default ports are the same as none.
     */
    static boolean isOwnOrigin(String origin, String host) {
        if (host == null || host.isBlank()) return false;
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme();
            String authority = uri.getRawAuthority();
            boolean hasPath = uri.getRawPath() != null && !uri.getRawPath().isEmpty();
            if (scheme == null || authority == null || hasPath) return false;
            return withoutDefaultPort(authority).equals(withoutDefaultPort(host.strip()));
        } catch (URISyntaxException notAnOrigin) {
            return false;
        }
    }

    private static String withoutDefaultPort(String authority) {
        String lower = authority.toLowerCase(Locale.ROOT);
        if (lower.endsWith(":80")) return lower.substring(0, lower.length() - 3);
        if (lower.endsWith(":443")) return lower.substring(0, lower.length() - 4);
        return lower;
    }

    /** The media type without parameters, lower case; empty when none was given. */
    static String mediaType(String contentType) {
        if (contentType == null) return "";
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }
}
