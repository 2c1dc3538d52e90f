package org.w3id.parley.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Chromium;
import org.w3id.parley.testing.SitePages;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * axe-core (the copy inside its jar, nothing fetched) checks one page of every type in Chromium, in light and in dark
 * mode: no violation of impact serious or critical, WCAG AA contrast among them. Screenshots of every page in both
 * modes go to {@code target/browser/}.
 */
class AccessibilityTest {
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @Test
    void everyPageTypePassesAxeInLightMode(@TempDir Path profile) throws IOException {
        assertEquals(List.of(), violations(profile, false));
    }

    @Test
    void everyPageTypePassesAxeInDarkMode(@TempDir Path profile) throws IOException {
        assertEquals(List.of(), violations(profile, true));
    }

    /** Each serious or critical violation on every page, as "page: rule (impact) at target: summary". */
    private static List<String> violations(Path profile, boolean dark) throws IOException {
        Chromium.require();
        ChromeDriver browser = Chromium.start(profile);
        String mode = dark ? "dark" : "light";
        List<String> found = new ArrayList<>();
        try {
            Chromium.darkMode(browser, dark);
            for (SitePages.Page page : SitePages.EVERY_TYPE) {
                browser.get(Article.server().url(page.path()));
                assertEquals(
                        page.heading(), browser.findElement(By.tagName("h1")).getText(), page.path());
                assertEquals(
                        dark,
                        browser.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches;"),
                        "the page sees the " + mode + " mode");
                Chromium.screenshot(browser, "a11y-" + mode + "-" + page.name() + ".png");
                // Dark mode changes colours only, so there only contrast is checked again.
                AxeBuilder axe = dark ? new AxeBuilder().withOnlyRules(List.of("color-contrast")) : new AxeBuilder();
                Results results = axe.analyze(browser);
                assertTrue(!results.isErrored(), page.path() + ": axe failed: " + results.getErrorMessage());
                assertTrue(
                        !results.getPasses().isEmpty(),
                        page.path() + ": axe checked nothing; not decided: "
                                + results.getIncomplete().stream()
                                        .map(r -> r.getId() + " " + r.getNodes().size() + " nodes, e.g. "
                                                + r.getNodes().get(0).getTarget() + ": "
                                                + r.getNodes().get(0).getAny())
                                        .toList());
                for (Rule rule : results.getViolations()) {
                    if (!BLOCKING.contains(rule.getImpact())) continue;
                    for (CheckedNode node : rule.getNodes())
                        found.add(page.path() + " (" + mode + "): " + rule.getId() + " (" + rule.getImpact() + ") at "
                                + node.getTarget() + ": "
                                + node.getFailureSummary().replace('\n', ' '));
                }
            }
        } finally {
            browser.quit();
        }
        return found;
    }
}
