package org.w3id.parley.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.SelectorCheck;

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
        for (Binding s : selectors) wrong.addAll(SelectorCheck.problems(s, text));
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
