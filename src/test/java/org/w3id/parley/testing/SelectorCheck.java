package org.w3id.parley.testing;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.engine.binding.Binding;

/** Checks one Web Annotation selector pair against the text it points into. */
public final class SelectorCheck {

    /**
     * What is wrong with a row binding {@code ?target ?exact ?start ?end} (and optionally
     * {@code ?prefix ?suffix}) against {@code text}: nothing, when the quote is exactly there.
     */
    public static List<String> problems(Binding selector, String text) {
        List<String> wrong = new ArrayList<>();
        int start = Integer.parseInt(selector.get("start").getLiteralLexicalForm());
        int end = Integer.parseInt(selector.get("end").getLiteralLexicalForm());
        String exact = selector.get("exact").getLiteralLexicalForm();
        String where = selector.get("target").getURI();
        if (start < 0
                || end > text.length()
                || start >= end
                || !text.substring(start, end).equals(exact)) {
            wrong.add(where + ": [" + start + "," + end + ") is not '" + exact + "'");
            return wrong;
        }
        if (selector.contains("prefix")
                && !text.substring(0, start).endsWith(selector.get("prefix").getLiteralLexicalForm()))
            wrong.add(where + ": prefix does not precede the quote");
        if (selector.contains("suffix")
                && !text.substring(end).startsWith(selector.get("suffix").getLiteralLexicalForm()))
            wrong.add(where + ": suffix does not follow the quote");
        return wrong;
    }

    private SelectorCheck() {}
}
