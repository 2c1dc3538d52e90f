package org.w3id.parley.publish;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;

/**
 * Renders the HTML pages from {@code src/main/resources/templates/*.mustache}. Mustache escapes every
 * {@code {{value}}} for HTML; the only unescaped value is the JSON-LD island, which {@link Html#jsonIsland} makes safe.
 */
final class Templates {
    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("templates");

    private Templates() {}

    static String render(String template, Object model) {
        StringWriter out = new StringWriter();
        try {
            FACTORY.compile(template + ".mustache").execute(out, model).flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }
}
