package org.hocvu.ui.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium driven by Selenium, with what every visited page must pass: axe-core
 * (no serious or critical violation of WCAG 2.1 A/AA), the 60 KB weight budget, and screenshots
 * at phone and desktop sizes.
 */
final class Browser implements AutoCloseable {
    static final long BUDGET_BYTES = 60 * 1024;
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final Dimension PHONE = new Dimension(360, 740);
    private static final Dimension DESKTOP = new Dimension(1280, 800);
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path profile;
    private final Map<String, Long> weights = new LinkedHashMap<>();

    Browser() {
        try {
            profile = Files.createTempDirectory("hocvu-chromium-");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Selenium Manager cannot download drivers here: use Debian's chromium-driver
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // without these, Chromium waits on connections to the outside that a closed network never answers
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,800");
        // a phone in Vietnam asks for Vietnamese
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
        // the console (every frame's errors, CSP refusals) is what a failing journey reports
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        driver = new ChromeDriver(options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        viewport(PHONE);
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Clicks what sends a form or follows a link, and waits until the next page replaced this one. */
    void clickAndLoad(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(css).click();
        wait.until(d -> isGone(page));
    }

    /** Submits the form of {@code field} and waits until the next page replaced this one. */
    void submitAndLoad(WebElement field) {
        WebElement page = driver.findElement(By.tagName("html"));
        field.submit();
        wait.until(d -> isGone(page));
    }

    /**
     * The page an element belonged to has been replaced. While the next page loads, Chromium may
     * answer "does not belong to the document" instead of a stale element: that is gone too.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException replaced) {
            return true;
        } catch (WebDriverException midNavigation) {
            if (String.valueOf(midNavigation.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw midNavigation;
        }
    }

    /** What the browser's console said since the last call: a failing journey's best witness. */
    String console() {
        StringBuilder said = new StringBuilder();
        driver.manage().logs().get("browser").forEach(entry -> said.append(entry.getLevel()).append(' ')
                .append(entry.getMessage()).append('\n'));
        return said.toString();
    }

    String heading() {
        return find("h1").getText();
    }

    String lang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** Checks the page on screen (one of ours) for accessibility and weight, and photographs it. */
    void checkPage(String name) {
        assertAccessible(name);
        weigh(name);
        screenshot(name);
    }

    /**
     * Checks a page that is not ours but that people meet on the way (Keycloak's sign-in and
     * registration pages in HọcVụ's theme) for accessibility, and photographs it; its weight is
     * Keycloak's, not in our budget.
     */
    void checkSignInPage(String name) {
        assertAccessible(name);
        screenshot(name);
    }

    /** The page on a 360 px phone (the viewport the flow runs in) is no wider than the screen: nothing scrolls sideways. */
    void assertFitsPhone(String name) {
        long width = ((Number) driver.executeScript("return document.documentElement.scrollWidth;")).longValue();
        assertTrue(width <= PHONE.width, name + " (" + driver.getCurrentUrl() + ") is " + width + " px wide on a "
                + PHONE.width + " px phone");
    }

    /** How far down the page's own content starts on screen, in CSS pixels: the header's height. */
    long contentTop() {
        return ((Number) driver.executeScript("return Math.round(document.getElementById('main').getBoundingClientRect().top + window.scrollY);")).longValue();
    }

    void screenshot(String name) {
        try {
            for (Dimension size : List.of(DESKTOP, PHONE)) {
                viewport(size);
                Path file = SCREENSHOTS.resolve(name + "-" + size.width + "x" + size.height + ".png");
                Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Exactly this viewport, as a phone when it is narrow: the flow runs on the phone, last set. */
    private void viewport(Dimension size) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.width,
                "height", size.height, "deviceScaleFactor", 1, "mobile", size.width < 600));
    }

    private void assertAccessible(String name) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        List<String> blocking = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                blocking.add(rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
        if (!blocking.isEmpty()) {
            fail("axe-core on " + name + " (" + driver.getCurrentUrl() + "):\n" + String.join("\n", blocking));
        }
    }

    /**
     * The compressed bytes of the document and everything it loaded, counted as on a first visit
     * (assets the browser already cached still count).
     */
    private void weigh(String name) {
        Object bytes = ((JavascriptExecutor) driver).executeScript("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .reduce((sum, e) => sum + (e.encodedBodySize || 0), 0);""");
        long weight = ((Number) bytes).longValue();
        weights.put(name, weight);
        assertTrue(weight <= BUDGET_BYTES, name + " weighs " + weight + " bytes, budget " + BUDGET_BYTES);
    }

    /** The measured weights, for the people who keep the budget: target/page-weights.txt. */
    private void writeWeights() {
        StringBuilder report = new StringBuilder("page\tbytes (compressed, document + assets)\n");
        weights.forEach((page, bytes) -> report.append(page).append('\t').append(bytes).append('\n'));
        try {
            Files.writeString(SCREENSHOTS.getParent().resolve("page-weights.txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        writeWeights();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
