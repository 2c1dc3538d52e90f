package org.w3id.parley.publish.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.w3id.parley.Sha256;
import org.w3id.parley.publish.Paths;
import org.w3id.parley.publish.negotiation.Responses;

/**
 * {@code /assets/...}: the SPARQL editor's script and style, from the jar and nowhere else. YASGUI's bundle is
 * served from its WebJar under a path naming its version, so it may be kept for a year; the page's own script
 * is revalidated by its ETag, since its path stays the same from build to build. Only the files listed are served.
 */
final class AssetServlet extends HttpServlet {
    private static final String WEBJAR =
            "META-INF/resources/webjars/zazuko__yasgui/" + Paths.YASGUI_VERSION + "/build/";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String REVALIDATE = "no-cache";

    private record Asset(byte[] body, String mediaType, String cacheControl, String etag) {}

    private final transient Map<String, Asset> assets = Map.of(
            Paths.YASGUI_JS, asset(WEBJAR + "yasgui.min.js", "text/javascript", IMMUTABLE),
            Paths.YASGUI_CSS, asset(WEBJAR + "yasgui.min.css", "text/css", IMMUTABLE),
            Paths.EDITOR_JS, asset("assets/editor.js", "text/javascript", REVALIDATE));

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Asset asset = assets.get(request.getRequestURI());
        if (asset == null) {
            Responses.plain(response, HttpServletResponse.SC_NOT_FOUND, "No such asset: " + request.getRequestURI());
            return;
        }
        response.setHeader("Cache-Control", asset.cacheControl());
        response.setHeader("ETag", asset.etag());
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (Responses.matches(request.getHeader("If-None-Match"), asset.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(asset.mediaType() + "; charset=utf-8");
        response.setContentLength(asset.body().length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(asset.body());
        }
    }

    private static Asset asset(String resource, String mediaType, String cacheControl) {
        try (InputStream in = AssetServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("No classpath resource " + resource);
            byte[] body = in.readAllBytes();
            String etag = "\"" + Sha256.prefix(16, mediaType.getBytes(StandardCharsets.UTF_8), body) + "\"";
            return new Asset(body, mediaType, cacheControl, etag);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
