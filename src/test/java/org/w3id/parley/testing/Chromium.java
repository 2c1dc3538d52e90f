package org.w3id.parley.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through chromedriver, for the browser tests. Screenshots go to
 * {@code target/browser/}.
 */
public final class Chromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target/browser");

    private Chromium() {}

    /**
     * Skips the test where Chromium is not installed, unless {@code PARLEY_BROWSER_TEST=required} (CI, which installs
     * it), where a missing browser fails it.
     */
    public static void require() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if ("required".equals(System.getenv("PARLEY_BROWSER_TEST")))
            assertTrue(
                    installed, "PARLEY_BROWSER_TEST=required but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        assumeTrue(
                installed,
                "Chromium is not installed here (apt-get install chromium chromium-driver); .ci/run installs it, so CI runs this test");
    }

    /** A browser with its own profile folder; the caller quits it. */
    public static ChromeDriver start(Path profile) {
        return start(profile, true);
    }

    /** A browser that runs scripts or, as some people's do, runs none; the caller quits it. */
    public static ChromeDriver start(Path profile, boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        if (!javascript)
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
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

    /** Tells the pages the system is in dark mode ({@code prefers-color-scheme: dark}), or back in light mode. */
    public static void darkMode(ChromeDriver browser, boolean dark) {
        browser.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    public static void screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.move(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
