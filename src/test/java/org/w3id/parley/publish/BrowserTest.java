package org.w3id.parley.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Chromium;

/**
 * A person in a real browser (Debian's headless Chromium through chromedriver): from the home page to
 * Russia, to the Donetsk demand, to the claim behind it, where the article's words are highlighted.
 * Screenshots go to {@code target/browser/}.
 */
class BrowserTest {
    @Test
    void aPersonFollowsLinksFromTheHomePageToTheQuoteBehindTheDonetskDemand(@TempDir Path profile) throws IOException {
        Chromium.require();
        String article = Files.readString(Path.of("data/sources/article.txt"), StandardCharsets.UTF_8);
        ChromeDriver browser = Chromium.start(profile);
        try {
            browser.get(Article.server().url("/"));
            assertEquals("Parley", browser.findElement(By.tagName("h1")).getText());
            browser.findElement(By.cssSelector("ul.actors"))
                    .findElement(By.linkText("Russia"))
                    .click();

            assertEquals("Russia", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.getCurrentUrl().endsWith("/id/actor/russia"), browser.getCurrentUrl());
            Chromium.screenshot(browser, "russia.png");
            browser.findElement(By.cssSelector("ul.demands"))
                    .findElement(By.partialLinkText("withdrawal from Donetsk"))
                    .click();

            assertEquals(
                    "demand for Ukraine's withdrawal from Donetsk",
                    browser.findElement(By.tagName("h1")).getText());
            WebElement demandedBy =
                    browser.findElements(By.cssSelector("#statements-heading ~ table tbody tr")).stream()
                            .filter(row ->
                                    row.findElement(By.tagName("td")).getText().equals("demanded by"))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no 'demanded by' statement on the demand's page"));
            assertTrue(demandedBy.getText().contains("senior Russian officials"), demandedBy.getText());
            demandedBy.findElement(By.cssSelector("div.who a:last-child")).click();

            assertTrue(
                    browser.getCurrentUrl()
                            .endsWith("/id/claim/russian-officials-withdrawal-precondition-for-negotiations"),
                    browser.getCurrentUrl());
            WebElement quote = browser.findElement(By.cssSelector("figure.claim-quote"));
            String highlighted = quote.findElement(By.tagName("mark")).getText();
            assertEquals(
                    "Senior Russian officials have repeatedly made clear that Ukraine’s withdrawal from Donetsk is a "
                            + "precondition for starting negotiations",
                    highlighted);
            assertTrue(article.contains(highlighted), "the highlighted words are the article's own");
            assertTrue(
                    quote.findElement(By.tagName("blockquote"))
                            .getText()
                            .endsWith("and would not guarantee the end of the war."),
                    "the quote is shown inside its sentence");
            assertNotEquals(
                    "rgba(0, 0, 0, 0)",
                    quote.findElement(By.tagName("mark")).getCssValue("background-color"),
                    "the highlight is visible");
            Chromium.screenshot(browser, "claim.png");
        } finally {
            browser.quit();
        }
    }

    /** On a 390 px phone no page is wider than the screen: tables and long words scroll or wrap inside it. */
    @Test
    void noPageOverflowsAPhonesWidth(@TempDir Path profile) {
        Chromium.require();
        ChromeDriver browser = Chromium.start(profile);
        try {
            // Headless windows are at least 500 px wide; the phone's viewport is emulated instead.
            browser.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
            List<String> overflowing = new ArrayList<>();
            for (String path : List.of(
                    "/",
                    "/id/actor/russia",
                    "/id/claim/russian-officials-withdrawal-precondition-for-negotiations",
                    "/id/text/conceding-donetsk",
                    "/queries/",
                    "/queries/deadlocks",
                    "/parley/sparql",
                    "/ontology",
                    "/id/dataset")) {
                browser.get(Article.server().url(path));
                long page = (Long)
                        ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
                long screen = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
                if (page > screen)
                    overflowing.add(path + " is " + page + " px wide on a " + screen + " px screen, past it: "
                            + ((JavascriptExecutor) browser)
                                    .executeScript("return [...document.querySelectorAll('body *')]"
                                            + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1"
                                            + " && e.parentElement.getBoundingClientRect().right <= window.innerWidth + 1)"
                                            + ".slice(0, 3).map(e => e.tagName + (e.id ? '#' + e.id : '')"
                                            + " + ' ' + (e.textContent || '').trim().slice(0, 40)).join(' | ');"));
            }
            assertEquals(List.of(), overflowing);
        } finally {
            browser.quit();
        }
    }
}
