package org.w3id.parley.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.parley.Resources;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Chromium;
import org.w3id.parley.testing.Http;

/**
 * The SPARQL editor in a real browser: YASGUI at {@code /parley/sparql}, loaded from this server alone, runs the
 * article's queries and shows their results; without JavaScript, the page's form gives the results as a table.
 * Screenshots go to {@code target/browser/}.
 */
class EditorBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aQueryRunInTheEditorShowsTheArticlesPreconditions(@TempDir Path profile) throws IOException {
        Chromium.require();
        WebDriver browser = Chromium.start(profile);
        try {
            String page = Article.server().url("/parley/sparql");
            browser.get(page);
            WebDriverWait wait = new WebDriverWait(browser, WAIT);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#editor .yasqe .CodeMirror")));
            assertFalse(
                    browser.findElement(By.id("query-form")).isDisplayed(), "the plain form gives way to the editor");

            // A named query from the list opens in a tab of its own, named by its title.
            browser.findElement(By.cssSelector("a[data-query=red-lines]")).click();
            wait.until(driver ->
                    "Red lines and refused orderings".equals(script(driver, "return yasgui.getTab().getName();")));
            String redLines = (String) script(browser, "return yasgui.getTab().getQuery();");
            assertTrue(
                    redLines.contains("SELECT") && !redLines.contains("#+"),
                    "the named query's text, without its header: " + redLines);

            // The README's first example, chosen from the list and run with the editor's own button.
            browser.findElement(By.cssSelector("a[data-query=precondition-pairs]"))
                    .click();
            wait.until(driver -> "Precondition pairs".equals(script(driver, "return yasgui.getTab().getName();")));
            runAndWaitForRows(browser, wait);
            assertTrue(
                    rows(browser).stream()
                            .anyMatch(row -> row.contains("Ukrainian withdrawal from Donetsk")
                                    && row.contains("start of negotiations")),
                    "the article's precondition: withdrawal from Donetsk before negotiations start: " + rows(browser));

            // A query typed into the editor (through YASQE's CodeMirror) and run.
            script(browser, "yasgui.getTab().getYasqe().setValue(arguments[0]);", """
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT ?label WHERE { <https://w3id.org/parley/id/actor/russia> rdfs:label ?label }""");
            runAndWaitForRows(browser, wait);
            wait.until(driver -> rows(driver).stream().anyMatch(row -> row.contains("Russia")));
            Chromium.screenshot(browser, "editor.png");

            String origin = URI.create(page).resolve("/").toString();
            @SuppressWarnings("unchecked")
            List<String> requested =
                    (List<String>) script(browser, "return performance.getEntriesByType('resource').map(e => e.name);");
            assertTrue(requested.stream().anyMatch(url -> url.contains("yasgui.min.js")), requested.toString());
            List<String> refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy"))
                    .toList();
            assertEquals(List.of(), refused, "the page's policy refused nothing the editor needed");
            assertEquals(
                    List.of(),
                    requested.stream()
                            .filter(url -> !url.startsWith(origin) && !url.startsWith("blob:"))
                            .toList(),
                    "every request the editor made went to this server");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aQueryOpenedInTheBrowserIsATableAndGoesOnToTheEditor(@TempDir Path profile) {
        Chromium.require();
        WebDriver browser = Chromium.start(profile);
        try {
            String query = Resources.text("examples/claims-by-speaker.rq");
            browser.get(Article.server().url("/parley/sparql?query=" + Http.encode(query)));
            assertEquals("Query results", browser.findElement(By.tagName("h1")).getText());
            assertTrue(
                    browser.findElements(By.cssSelector("table.results tbody tr")).stream()
                            .anyMatch(row -> row.getText().contains("senior Russian officials")),
                    "the claims of the article's Russian officials");

            browser.findElement(By.cssSelector("a.to-editor")).click();
            WebDriverWait wait = new WebDriverWait(browser, WAIT);
            wait.until(driver -> query.equals(script(driver, "return window.yasgui && yasgui.getTab().getQuery();")));
        } finally {
            browser.quit();
        }
    }

    @Test
    void withoutJavaScriptTheFormGivesTheResultsAsATable(@TempDir Path profile) throws IOException {
        Chromium.require();
        WebDriver browser = Chromium.start(profile, false);
        try {
            browser.get(Article.server().url("/parley/sparql"));
            WebElement form = browser.findElement(By.id("query-form"));
            assertTrue(form.isDisplayed(), "without scripts the form is the editor");
            String example = Resources.text("examples/precondition-pairs.rq");
            assertTrue(
                    example.contains(form.findElement(By.id("query")).getAttribute("value")),
                    "the form starts with the first example");
            form.findElement(By.cssSelector("button[type=submit]")).click();

            new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains("Query results"));
            assertEquals(
                    "6 rows",
                    browser.findElement(By.cssSelector("table.results caption")).getText());
            WebElement withdrawal = browser.findElements(By.cssSelector("table.results tbody tr")).stream()
                    .filter(row -> row.getText().contains("Ukrainian withdrawal from Donetsk")
                            && row.getText().contains("start of negotiations"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no row for the withdrawal from Donetsk"));
            assertTrue(withdrawal.isDisplayed());
            assertTrue(
                    browser.findElement(By.id("query")).getAttribute("value").contains("isPreconditionFor"),
                    "the query stays in the form, to be edited");
            Chromium.screenshot(browser, "editor-without-javascript.png");
        } finally {
            browser.quit();
        }
    }

    private static void runAndWaitForRows(WebDriver browser, WebDriverWait wait) {
        script(
                browser,
                "window.parleyAnswered = false; yasgui.getTab().once('queryResponse', () => window.parleyAnswered = true);");
        browser.findElement(By.cssSelector("#editor .tabPanel.active .yasqe_queryButton"))
                .click();
        wait.until(driver -> Boolean.TRUE.equals(script(driver, "return window.parleyAnswered;")));
        wait.until(driver -> !rows(driver).isEmpty());
    }

    /** The rows of the results table of the tab shown, each as its text. */
    private static List<String> rows(WebDriver browser) {
        return browser.findElements(By.cssSelector("#editor .tabPanel.active .yasr table.dataTable tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static Object script(WebDriver browser, String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }
}
