package org.w3id.parley.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
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

    /**
     * The home page's picture as a browser draws it: a box for each resource that links to its page, the label inside
     * its box in the font the browser picked (the server only estimated its width), no box over another, the claim
     * named on each arrow, the refused sequence in another colour; a click on a box opens its page. Leaves {@code
     * home-picture.png}, the README's screenshot, in {@code target/browser/}.
     */
    @Test
    void thePictureOnTheHomePageLinksEachResourceToItsPage(@TempDir Path profile) throws IOException {
        Chromium.require();
        WebDriver browser = Chromium.start(profile);
        try {
            // wide enough for the whole picture, so the screenshot shows it all
            browser.manage().window().setSize(new Dimension(2100, 1500));
            browser.get(Article.server().url("/"));
            WebElement picture = browser.findElement(By.id("picture"));
            List<WebElement> nodes = picture.findElements(By.cssSelector("svg.pp a.pp-node"));
            assertTrue(nodes.size() > 20, nodes.size() + " resources drawn");
            WebElement russia = picture.findElement(By.cssSelector("a.pp-node[href='/id/actor/russia']"));
            assertEquals("Russia", russia.getText());
            WebElement precondition = picture.findElement(By.cssSelector(
                    "a.pp-edge[href='/id/claim/russian-officials-withdrawal-precondition-for-negotiations']"
                            + ".pp-precondition"));
            assertTrue(
                    precondition
                            .findElement(By.tagName("title"))
                            .getAttribute("textContent")
                            .endsWith("Claim: Senior Russian officials: Ukraine's withdrawal from Donetsk is a"
                                    + " precondition for starting negotiations"),
                    "the arrow's tooltip names its claim");
            String plain = picture.findElement(By.cssSelector("a.pp-edge.pp-demands path"))
                    .getCssValue("stroke");
            String refused = picture.findElement(By.cssSelector("a.pp-edge.pp-refused-sequence path"))
                    .getCssValue("stroke");
            assertNotEquals(plain, refused, "the refused sequence is drawn in its own colour");

            JavascriptExecutor js = (JavascriptExecutor) browser;
            Object problems =
                    js.executeScript("const boxes = [...document.querySelectorAll('#picture a.pp-node')].map(a => ({"
                            + " label: a.textContent, r: a.querySelector('rect').getBoundingClientRect(),"
                            + " t: a.querySelector('text').getBoundingClientRect() }));"
                            + "const out = [];"
                            + "for (const b of boxes) if (b.t.left < b.r.left || b.t.right > b.r.right)"
                            + "  out.push(b.label + ': text ' + b.t.width + ' px in a box of ' + b.r.width);"
                            + "for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {"
                            + "  const a = boxes[i].r, b = boxes[j].r;"
                            + "  if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)"
                            + "    out.push(boxes[i].label + ' overlaps ' + boxes[j].label); }"
                            + "return out;");
            assertEquals(List.of(), problems);
            Files.createDirectories(Chromium.SCREENSHOTS);
            // the section and its picture box, which is wider than the text it sits in
            @SuppressWarnings("unchecked")
            Map<String, Object> clip = (Map<String, Object>)
                    js.executeScript("const s = document.getElementById('picture').getBoundingClientRect(),"
                            + " b = document.querySelector('#picture .picture-box').getBoundingClientRect(),"
                            + " left = Math.min(s.left, b.left) - 8, top = s.top - 8;"
                            + "return { x: left + window.scrollX, y: top + window.scrollY,"
                            + " width: Math.max(s.right, b.right) + 8 - left, height: s.bottom + 8 - top, scale: 1 };");
            Map<String, Object> shot = ((ChromeDriver) browser)
                    .executeCdpCommand("Page.captureScreenshot", Map.of("clip", clip, "captureBeyondViewport", true));
            Files.write(
                    Chromium.SCREENSHOTS.resolve("home-picture.png"),
                    Base64.getDecoder().decode((String) shot.get("data")));

            // the optional script's zoom: the picture shrinks to the width of its box, and the page still works
            WebElement svg = picture.findElement(By.cssSelector(".picture-box svg"));
            long natural = Math.round(Double.parseDouble(svg.getAttribute("width")));
            browser.manage().window().setSize(new Dimension(1280, 1600));
            picture.findElement(By.xpath(".//button[text()='Fit']")).click();
            long fitted = Math.round(Double.parseDouble(svg.getAttribute("width")));
            long room = (Long) js.executeScript("return document.querySelector('#picture .picture-box').clientWidth;");
            assertTrue(fitted < natural && fitted <= room, fitted + " px wide in a box of " + room);

            picture.findElement(By.cssSelector("a.pp-node[href='/id/concession/withdrawal-from-donetsk']"))
                    .click();
            assertTrue(
                    browser.getCurrentUrl().endsWith("/id/concession/withdrawal-from-donetsk"),
                    browser.getCurrentUrl());
            assertEquals(
                    "Ukrainian withdrawal from Donetsk",
                    browser.findElement(By.tagName("h1")).getText());
            WebElement around = browser.findElement(By.id("picture"));
            assertEquals(
                    "Ukrainian withdrawal from Donetsk (concession)",
                    around.findElement(By.cssSelector("g.pp-focus > title")).getAttribute("textContent"),
                    "the page's own resource is drawn, not linked");
            around.findElement(By.cssSelector("a.pp-node[href='/id/stage/start-of-negotiations']"))
                    .click();
            assertEquals(
                    "start of negotiations",
                    browser.findElement(By.tagName("h1")).getText());
        } finally {
            browser.quit();
        }
    }

    /**
     * The deadlock read as a finding, with the article's words beside it (the screenshot the README shows), then the
     * same words in the article's text: a highlight that names its speaker on hover and leads to its claim.
     */
    @Test
    void aPersonReadsTheDeadlockFindingAndFollowsItsWordsInTheText(@TempDir Path profile) throws IOException {
        Chromium.require();
        WebDriver browser = Chromium.start(profile);
        try {
            browser.manage().window().setSize(new Dimension(1100, 900));
            browser.get(Article.server().url("/queries/deadlocks"));
            assertEquals(
                    "1 finding", browser.findElement(By.id("findings-heading")).getText());
            WebElement finding = browser.findElement(By.cssSelector("li.finding"));
            assertEquals(
                    "Washington requires Ukrainian withdrawal from Donetsk before security guarantees for Ukraine;"
                            + " Ukraine's leaders cannot accept that order, “give up the land first, receive security"
                            + " promises later”",
                    finding.findElement(By.cssSelector("p.finding-text")).getText());
            List<WebElement> quotes = finding.findElements(By.cssSelector("div.evidence mark"));
            assertEquals(2, quotes.size(), "both sides' words");
            String refusal = quotes.get(1).getText();
            assertTrue(refusal.endsWith("give up the land first and receive security promises later."), refusal);
            WebElement sentence = finding.findElement(By.cssSelector("p.finding-text"));
            WebElement evidence = finding.findElement(By.cssSelector("div.evidence"));
            assertTrue(
                    evidence.getRect().getX()
                            > sentence.getRect().getX() + sentence.getRect().getWidth(),
                    "the evidence stands beside the sentence on a wide screen");
            Files.createDirectories(Chromium.SCREENSHOTS);
            Path shot = browser.findElement(By.cssSelector("section.findings"))
                    .getScreenshotAs(OutputType.FILE)
                    .toPath();
            Files.move(shot, Chromium.SCREENSHOTS.resolve("deadlock-finding.png"), StandardCopyOption.REPLACE_EXISTING);

            browser.get(Article.server().url("/id/text/conceding-donetsk"));
            WebElement highlight = browser.findElements(By.cssSelector("div.source-text a.quote")).stream()
                    .filter(a -> a.getText().startsWith("Understanding this,"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the refusal's words are highlighted in the text"));
            new Actions(browser).moveToElement(highlight).perform();
            assertEquals(
                    "solid",
                    highlight.findElement(By.tagName("mark")).getCssValue("outline-style"),
                    "hovering marks the highlight");
            assertEquals(
                    "Jennifer Kavanagh (asserted): Ukraine's leaders can never accept giving up the land first and"
                            + " receiving security promises later",
                    highlight.getAttribute("title"),
                    "the hover names the speaker and modality");
            Chromium.screenshot(browser, "text.png");
            highlight.click();
            assertTrue(
                    browser.getCurrentUrl()
                            .endsWith("/id/claim/ukraines-leaders-cannot-accept-land-first-promises-later"),
                    browser.getCurrentUrl());
            assertEquals(
                    refusal,
                    browser.findElement(By.cssSelector("figure.claim-quote mark"))
                            .getText(),
                    "the claim the highlight leads to quotes the same words");
        } finally {
            browser.quit();
        }
    }

    /** From the search box in any page's header, by a word of the article, to the page of a hit. */
    @Test
    void aPersonSearchesForAWordAndFollowsAHitToItsPage(@TempDir Path profile) throws IOException {
        Chromium.require();
        WebDriver browser = Chromium.start(profile);
        try {
            browser.get(Article.server().url("/id/actor/russia"));
            WebElement box = browser.findElement(By.cssSelector("header.site form.search input[name=q]"));
            box.sendKeys("Donetsk");
            box.submit();

            // submit() returns before the next page has loaded
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.urlContains("/search?q=Donetsk"));
            assertEquals("Search", browser.findElement(By.tagName("h1")).getText());
            List<WebElement> hits = browser.findElements(By.cssSelector("ol.hits > li"));
            assertTrue(hits.size() > 5, "hits: " + hits.size());
            WebElement demand = hits.stream()
                    .filter(hit -> hit.findElement(By.tagName("a"))
                            .getText()
                            .equals("demand for Ukraine's withdrawal from Donetsk"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the Donetsk demand is not among the hits"));
            WebElement mark = demand.findElement(By.tagName("mark"));
            assertEquals("Donetsk", mark.getText());
            assertNotEquals("rgba(0, 0, 0, 0)", mark.getCssValue("background-color"), "the hit's word is marked");
            Chromium.screenshot(browser, "search.png");
            demand.findElement(By.tagName("a")).click();

            assertTrue(
                    browser.getCurrentUrl().endsWith("/id/demand/ukrainian-withdrawal-from-donetsk"),
                    browser.getCurrentUrl());
            assertEquals(
                    "demand for Ukraine's withdrawal from Donetsk",
                    browser.findElement(By.tagName("h1")).getText());
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
                    "/id/concession/withdrawal-from-donetsk",
                    "/id/text/conceding-donetsk",
                    "/queries/",
                    "/queries/deadlocks",
                    "/parley/sparql",
                    "/ontology",
                    "/id/dataset",
                    "/search?q=Donetsk")) {
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
