package org.w3id.parley.publish.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3id.parley.publish.Paths;
import org.w3id.parley.publish.Published;
import org.w3id.parley.query.NamedQueries;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;
import org.w3id.parley.vocab.Prefixes;

/** The SPARQL editor's page and the files it loads, all from this server. */
class AssetServletTest {
    private static final Published site = Published.on(Article.server());

    @Test
    void yasguiIsServedFromItsWebJarWithItsTypeAndForAYear() throws IOException {
        Map<String, String> types = Map.of(Paths.YASGUI_JS, "text/javascript", Paths.YASGUI_CSS, "text/css");
        for (var asset : types.entrySet()) {
            HttpResponse<byte[]> response = site.getBytes(asset.getKey(), "*/*");
            assertEquals(200, response.statusCode(), asset.getKey());
            assertEquals(
                    asset.getValue() + "; charset=utf-8",
                    response.headers().firstValue("Content-Type").orElseThrow().replace(";charset", "; charset"));
            assertEquals(
                    "public, max-age=31536000, immutable",
                    response.headers().firstValue("Cache-Control").orElseThrow());
            String file = asset.getKey().substring(asset.getKey().lastIndexOf('/') + 1);
            assertArrayEquals(
                    webjar("META-INF/resources/webjars/zazuko__yasgui/" + Paths.YASGUI_VERSION + "/build/" + file),
                    response.body(),
                    "the WebJar's own bytes");
        }
        assertTrue(Paths.YASGUI_JS.contains("/" + Paths.YASGUI_VERSION + "/"), "the path names the version");
    }

    @Test
    void thePagesScriptIsRevalidatedByItsEtagAndUnknownAssetsAreNotFound() throws Exception {
        HttpResponse<byte[]> script = site.getBytes(Paths.EDITOR_JS, "*/*");
        assertEquals(200, script.statusCode());
        assertEquals("no-cache", script.headers().firstValue("Cache-Control").orElseThrow());
        String etag = script.headers().firstValue("ETag").orElseThrow();
        HttpResponse<Void> again = Http.client()
                .send(
                        HttpRequest.newBuilder(URI.create(site.url(Paths.EDITOR_JS)))
                                .header("If-None-Match", etag)
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertEquals(304, again.statusCode());
        assertEquals(
                404,
                site.get(Paths.ASSETS + "yasgui/" + Paths.YASGUI_VERSION + "/yasgui.html", "*/*")
                        .statusCode());
        assertEquals(
                404,
                site.get(Paths.ASSETS + "yasgui/" + Paths.YASGUI_VERSION + "/yasgui.min.js.map", "*/*")
                        .statusCode());
    }

    @Test
    void theEditorPageLoadsOnlyThisServersFilesAndOffersEveryNamedQuery() {
        HttpResponse<String> response = site.get("/parley/sparql", "text/html");
        assertTrue(
                response.headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow()
                        .contains("connect-src 'self' blob:"),
                "the browser refuses any request elsewhere");
        Document page = Jsoup.parse(site.html("/parley/sparql"));
        List<String> loaded = page.select("script[src], link[rel=stylesheet]").stream()
                .map(e -> e.hasAttr("src") ? e.attr("src") : e.attr("href"))
                .toList();
        assertEquals(List.of(Paths.YASGUI_CSS, Paths.YASGUI_JS, Paths.EDITOR_JS), loaded);
        for (String path : loaded) assertEquals(200, site.getBytes(path, "*/*").statusCode(), path);

        JsonObject config = JSON.parse(page.getElementById("editor-config").data());
        assertEquals("/parley/sparql", config.get("endpoint").getAsString().value(), "relative: this server's");
        assertEquals(
                Prefixes.COMMON.get("parley"),
                config.get("prefixes").getAsObject().get("parley").getAsString().value());
        List<String> titles = config.get("queries").getAsArray().stream()
                .map(JsonValue::getAsObject)
                .map(q -> q.get("title").getAsString().value())
                .toList();
        assertEquals(List.of("Precondition pairs", "Who stated what", "One claim's own graph"), titles.subList(0, 3));
        NamedQueries.all().values().forEach(file -> assertTrue(titles.contains(file.summary()), file.summary()));

        // without JavaScript: the form, with the first example, and each query a link to its results
        assertEquals("/parley/sparql", page.selectFirst("#query-form form").attr("action"));
        assertTrue(page.selectFirst("#query-form textarea").val().contains("parley:isPreconditionFor"));
        assertEquals(titles, page.select("ul.offered a[data-query]").eachText());
    }

    private static byte[] webjar(String resource) throws IOException {
        try (InputStream in = AssetServletTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
