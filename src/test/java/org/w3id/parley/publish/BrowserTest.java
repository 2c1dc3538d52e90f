package org.w3id.parley.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.w3id.parley.testing.Article;

/**
 * A person in a real browser (Debian's headless Chromium through chromedriver): from the home page to
 * Russia, to the Donetsk demand, to the claim behind it, where the article's words are highlighted.
 * Screenshots go to {@code target/browser/}.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/browser");

    @Test
    void aPersonFollowsLinksFromTheHomePageToTheQuoteBehindTheDonetskDemand(@TempDir Path profile) throws IOException {
        requireBrowser();
        String article = Files.readString(Path.of("data/sources/article.txt"), StandardCharsets.UTF_8);
        WebDriver browser = start(profile);
        try {
            browser.get(Article.server().url("/"));
            assertEquals("Parley", browser.findElement(By.tagName("h1")).getText());
            browser.findElement(By.cssSelector("ul.actors"))
                    .findElement(By.linkText("Russia"))
                    .click();

            assertEquals("Russia", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.getCurrentUrl().endsWith("/id/actor/russia"), browser.getCurrentUrl());
            screenshot(browser, "russia.png");
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
            screenshot(browser, "claim.png");
        } finally {
            browser.quit();
        }
    }

    /** From the search box in any page's header, by a word of the article, to the page of a hit. */
    @Test
    void aPersonSearchesForAWordAndFollowsAHitToItsPage(@TempDir Path profile) throws IOException {
        requireBrowser();
        WebDriver browser = start(profile);
        try {
            browser.get(Article.server().url("/id/actor/russia"));
            WebElement box = browser.findElement(By.cssSelector("header.site form.search input[name=q]"));
            box.sendKeys("Donetsk");
            box.submit();

            assertTrue(browser.getCurrentUrl().contains("/search?q=Donetsk"), browser.getCurrentUrl());
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
            screenshot(browser, "search.png");
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
        requireBrowser();
        WebDriver browser = start(profile);
        try {
            // Headless windows are at least 500 px wide; the phone's viewport is emulated instead.
            ((ChromeDriver) browser)
                    .executeCdpCommand(
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

    private static void requireBrowser() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        // CI installs Chromium and sets PARLEY_BROWSER_TEST=required, so there a missing browser is a failure.
        if ("required".equals(System.getenv("PARLEY_BROWSER_TEST")))
            assertTrue(
                    installed, "PARLEY_BROWSER_TEST=required but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        assumeTrue(
                installed,
                "Chromium is not installed here (apt-get install chromium chromium-driver); .ci/run installs it, so CI runs this test");
    }

    private static WebDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The machine has no general internet: without these flags Chromium keeps trying Google's services.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=1280,1600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.move(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
