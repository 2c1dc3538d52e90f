package org.w3id.parley.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;

/** Every quote is the article's own words, exactly where its offsets say. */
class SelectorsTest {

    @Test
    void everySelectorMatchesTheTextAtItsOffsets() {
        String text = ProjectData.articleText();
        List<Binding> selectors = ProjectData.select("""
                SELECT ?target ?exact ?prefix ?suffix ?start ?end WHERE {
                  ?target oa:hasSelector ?q, ?p .
                  ?q a oa:TextQuoteSelector ; oa:exact ?exact .
                  ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                  OPTIONAL { ?q oa:prefix ?prefix } OPTIONAL { ?q oa:suffix ?suffix }
                }""");
        assertFalse(selectors.isEmpty());
        List<String> wrong = new ArrayList<>();
        for (Binding s : selectors) {
            int start = Integer.parseInt(s.get("start").getLiteralLexicalForm());
            int end = Integer.parseInt(s.get("end").getLiteralLexicalForm());
            String exact = s.get("exact").getLiteralLexicalForm();
            String where = s.get("target").getURI();
            if (start < 0 || end > text.length() || start >= end || !text.substring(start, end).equals(exact))
                wrong.add(where + ": [" + start + "," + end + ") is not '" + exact + "'");
            if (s.contains("prefix") && !text.substring(0, start).endsWith(s.get("prefix").getLiteralLexicalForm()))
                wrong.add(where + ": prefix does not precede the quote");
            if (s.contains("suffix") && !text.substring(end).startsWith(s.get("suffix").getLiteralLexicalForm()))
                wrong.add(where + ": suffix does not follow the quote");
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyClaimHasAQuoteSelectorAndAPositionSelector() {
        List<Binding> unanchored = ProjectData.select("""
                SELECT ?claim WHERE { ?claim a parley:Claim .
                  FILTER NOT EXISTS { ?claim parley:hasQuote ?t . ?t oa:hasSelector [ a oa:TextQuoteSelector ], [ a oa:TextPositionSelector ] }
                }""");
        assertEquals(List.of(), unanchored);
    }

    @Test
    void quotesPointIntoTheArticleText() {
        List<Binding> sources = ProjectData.select("""
                SELECT DISTINCT ?source WHERE { ?claim parley:hasQuote/oa:hasSource ?source }""");
        assertEquals(1, sources.size());
        assertTrue(sources.get(0).get("source").getURI().startsWith(ProjectData.ID + "text/"));
    }
}
