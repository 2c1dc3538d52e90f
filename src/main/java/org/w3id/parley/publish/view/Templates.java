package org.w3id.parley.publish.view;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.w3id.parley.publish.Paths;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;

/**
 * Renders the HTML pages from {@code src/main/resources/templates/*.mustache}. Mustache escapes every
 * {@code {{value}}} for HTML; the only unescaped values are the JSON-LD island, which {@link JsonIsland#of} makes safe,
 * the picture's SVG, which {@code publish.picture} writes with every text escaped,
 * and an analysis's finding sentences, whose values {@link QueryPage} escapes as it renders them.
 * Every template also sees the site's paths as {@code {{paths.…}}}, so none is written in a template.
 */
public final class Templates {
    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("templates");
    private static final Map<String, Object> SITE = Map.of("paths", Paths.FOR_TEMPLATES);

    private Templates() {}

    public static String render(String template, Object model) {
        StringWriter out = new StringWriter();
        try {
            FACTORY.compile(template + ".mustache")
                    .execute(out, List.of(SITE, model))
                    .flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }
}
