package org.w3id.parley.publish.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3id.parley.publish.Published;
import org.w3id.parley.testing.Article;

/** A claim's page shows its place in the article's argument: what it supports or attacks, and what supports or attacks it. */
class ArgumentSectionTest {
    private static final Published site = Published.on(Article.server());

    private static Document page(String path) {
        return Jsoup.parse(site.html(path));
    }

    @Test
    void washingtonsBeliefIsAttackedByTheAuthorsPrediction() {
        Document page = page("/id/claim/washington-believes-contingency-could-secure-peace-deal");
        Element attackedBy = page.getElementById("attacked-by");
        assertTrue(attackedBy != null, "an “Attacked by” section");
        assertEquals("Attacked by", attackedBy.text());
        Element item = attackedBy.nextElementSibling().selectFirst("li");
        assertEquals("/id/claim/framework-will-fail", item.selectFirst("a").attr("href"));
        assertTrue(
                item.selectFirst("blockquote").text().startsWith("But this framework will ultimately fail"),
                "the attacking claim's words");
        assertNull(page.getElementById("supports"), "it supports nothing");
        assertTrue(
                page.selectFirst("figure.claim-quote figcaption")
                        .text()
                        .startsWith("Washington, stated by Jennifer Kavanagh"),
                "whose belief it is, and who reports it");
    }

    @Test
    void thePredictionAttacksTheBeliefAndIsSupportedByItsTwoReasons() {
        Document page = page("/id/claim/framework-will-fail");
        assertEquals(
                List.of("Attacks", "Supported by"),
                page.select("section[aria-labelledby=argument-heading] h3").eachText());
        assertEquals(
                List.of(
                        "/id/claim/framework-misunderstands-role-of-territory",
                        "/id/claim/territorial-concession-would-not-end-conflict"),
                page.getElementById("supported-by")
                        .nextElementSibling()
                        .select("li > a")
                        .eachAttr("href"));
        assertTrue(page.getElementById("supported-by")
                .nextElementSibling()
                .text()
                .contains(
                        "A further problem, though, is that Ukraine’s territorial concession would not mark the end"));
    }

    @Test
    void aPageThatIsNoClaimHasNoArgument() {
        assertNull(page("/id/actor/russia").getElementById("argument-heading"));
    }
}
