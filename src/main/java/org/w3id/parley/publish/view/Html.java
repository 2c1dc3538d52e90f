package org.w3id.parley.publish.view;

import java.io.StringWriter;

import com.github.mustachejava.util.HtmlEscaper;

/** Text escaped for HTML as Mustache escapes it, for the few pieces of markup built outside a template. */
final class Html {
    private Html() {}

    static String escape(String text) {
        StringWriter out = new StringWriter();
        HtmlEscaper.escape(text, out);
        return out.toString();
    }
}
