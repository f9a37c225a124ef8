package tw.museum.site.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tw.museum.site.support.HeadlessChromium;
import tw.museum.site.support.MuseumTestBase;

/**
 * The public pages in headless Chromium: WCAG 2.1 AA checks by axe-core with zero violations, deep zoom,
 * the language switch, suggestions and keyboard access. One browser for the whole class.
 */
@EnabledIf("tw.museum.site.support.HeadlessChromium#installedOrRequired")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicBrowserTest extends MuseumTestBase {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    PublicFixture f;
    HeadlessChromium browser;
    WebDriver driver;
    WebDriverWait wait;

    @BeforeAll
    void start() throws IOException {
        f = PublicFixture.create(asAdmin(), anonymous());
        browser = HeadlessChromium.start();
        driver = browser.driver();
        wait = browser.waiting(Duration.ofSeconds(20));
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        driver.get(url(path));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
    }

    void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(results.getPasses()).as(page + ": axe ran its checks").isNotEmpty();
        assertThat(violations).as(page + ": " + describe(violations)).isEmpty();
    }

    static String describe(List<Rule> violations) {
        return violations.stream().map(r -> r.getId() + " (" + r.getHelp() + "): "
                + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    @Test
    void homeSearchPersonAndTermPagesHaveNoAccessibilityViolations() {
        open("/");
        assertAccessible("home");
        open("/objects?q=" + f.word());
        assertThat(driver.findElements(By.cssSelector(".facets a[data-facet]"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
        assertAccessible("search results");
        // The one search box: typed hits with the type facet, and a misspelling answered approximately.
        open("/search?q=" + f.word());
        assertThat(driver.findElements(By.cssSelector(".hits li[data-type]"))).isNotEmpty();
        assertAccessible("site search");
        open("/search?q=" + f.word().substring(0, f.word().length() - 1) + "x");
        assertAccessible("site search, approximate");
        open("/people/" + f.makerId());
        assertAccessible("person");
        open("/terms/classification/" + f.classification() + "?lang=en");
        assertAccessible("term");
    }

    @Test
    void objectPageZoomsAndHasNoAccessibilityViolations() {
        // record any Content-Security-Policy violation (the viewer, JSON-LD) from the first byte of the page on
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                "window.cspViolations = []; document.addEventListener('securitypolicyviolation',"
                        + " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"));
        open(PublicFixture.page(f.published()));
        // OpenSeadragon replaced the plain image with its canvas, fed by the IIIF info.json
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".zoom.zoom-active canvas")));
        WebElement zoomIn = wait.until(ExpectedConditions.elementToBeClickable(By.id("zoom-" + f.mediaId() + "-in")));
        zoomIn.click();
        assertThat(driver.findElements(By.cssSelector(".zoom img[src*='/thumbnail']"))).isEmpty();
        assertAccessible("object");
        assertThat((List<?>) ((JavascriptExecutor) driver).executeScript("return window.cspViolations")).isEmpty();
    }

    /**
     * What each main page transfers with an empty cache (HTML, CSS, JS, images, data fetched by scripts),
     * from the browser's Resource Timing; written to target/page-weights.md for docs/benchmarks.md.
     */
    @Test
    void pageWeightsStayWithinBudget() throws IOException {
        ((ChromeDriver) driver).executeCdpCommand("Network.enable", java.util.Map.of());
        ((ChromeDriver) driver).executeCdpCommand("Network.setCacheDisabled", java.util.Map.of("cacheDisabled", true));
        StringBuilder table = new StringBuilder("| page | HTML | CSS | JS | images | data (fetch/XHR) | requests | total |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("home `/`", "/?lang=zh-TW");
        pages.put("search `/objects?q=…` (facets, snippets)", "/objects?q=" + f.word() + "&lang=zh-TW");
        pages.put("object `/objects/{n}` (deep zoom open)", PublicFixture.page(f.published()) + "?lang=zh-TW");
        pages.put("person `/people/{id}`", "/people/" + f.makerId() + "?lang=zh-TW");
        for (var page : pages.entrySet()) {
            open(page.getValue());
            waitForQuietNetwork();
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> w = (java.util.Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                    const nav = performance.getEntriesByType('navigation')[0];
                    const sums = {html: nav.transferSize, css: 0, js: 0, img: 0, data: 0, requests: 1};
                    for (const r of performance.getEntriesByType('resource')) {
                      const kind = /\\.css(\\?|$)/.test(r.name) ? 'css' : /\\.js(\\?|$)/.test(r.name) ? 'js'
                        : (r.initiatorType === 'fetch' || r.initiatorType === 'xmlhttprequest') ? 'data' : 'img';
                      sums[kind] += r.transferSize; sums.requests++;
                    }
                    return sums;""");
            long total = 0;
            StringBuilder row = new StringBuilder("| " + page.getKey() + " |");
            for (String kind : List.of("html", "css", "js", "img", "data")) {
                long bytes = ((Number) w.get(kind)).longValue();
                total += bytes;
                row.append(String.format(" %.1f KB |", bytes / 1024.0));
            }
            row.append(" ").append(w.get("requests")).append(String.format(" | **%.1f KB** |", total / 1024.0));
            table.append(row).append("\n");
            // a picture of each page, for a person to look at after a run
            Files.createDirectories(Path.of("target", "screens"));
            Files.write(Path.of("target", "screens", "page-" + table.length() + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            assertThat(total).as(page.getKey() + " weighs " + total + " bytes").isLessThan(1_500_000);
        }
        ((ChromeDriver) driver).executeCdpCommand("Network.setCacheDisabled", java.util.Map.of("cacheDisabled", false));
        Files.writeString(Path.of("target", "page-weights.md"), table);
    }

    /** Waits until the page has made no new request for half a second (the viewer fetches tiles after load). */
    void waitForQuietNetwork() {
        long[] last = {-1, System.nanoTime()};
        new WebDriverWait(driver, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(100)).until(d -> {
            long count = ((Number) ((JavascriptExecutor) d).executeScript(
                    "return document.readyState === 'complete' ? performance.getEntriesByType('resource').length : -1")).longValue();
            if (count != last[0]) {
                last[0] = count;
                last[1] = System.nanoTime();
                return false;
            }
            return System.nanoTime() - last[1] > 500_000_000L;
        });
    }

    @Test
    void languageSwitchKeepsThePageAndTheQuery() {
        open("/objects?q=" + f.word() + "&filter.decade=1950&lang=zh-TW"); // other tests leave English in the cookie
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-Hant");
        driver.findElement(By.id("lang-switch")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(driver.getCurrentUrl()).contains("q=" + f.word(), "filter.decade=1950", "lang=en");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Collection");
        // following a result keeps English
        driver.findElement(By.cssSelector(".card a")).click();
        wait.until(ExpectedConditions.urlContains("/objects/"));
        assertThat(driver.getCurrentUrl()).contains("lang=en");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void keyboardReachesEverythingAndSuggestionsFormAnAccessibleCombobox() {
        open("/objects?lang=zh-TW");
        WebElement body = driver.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement first = driver.switchTo().activeElement();
        assertThat(first.getAttribute("class")).contains("skip-link");
        assertThat(first.getCssValue("outline-style")).isEqualTo("solid"); // visible focus

        WebElement q = driver.findElement(By.id("q"));
        assertThat(q.getAttribute("role")).isEqualTo("combobox");
        assertThat(q.getAttribute("aria-autocomplete")).isEqualTo("list");
        q.sendKeys(f.word().substring(0, 6));
        wait.until(ExpectedConditions.attributeToBe(q, "aria-expanded", "true"));
        q.sendKeys(Keys.ARROW_DOWN);
        String active = q.getAttribute("aria-activedescendant");
        assertThat(active).isNotBlank();
        assertThat(driver.findElement(By.id(active)).getAttribute("role")).isEqualTo("option");
        assertThat(driver.findElement(By.id(active)).getAttribute("aria-selected")).isEqualTo("true");
        assertAccessible("search with suggestions open");
        q.sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.attributeToBe(q, "aria-expanded", "false"));
        assertThat(((JavascriptExecutor) driver).executeScript("return document.activeElement.id")).isEqualTo("q");
    }
}
