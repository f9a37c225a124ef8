package tw.museum.site.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 * Learning units in headless Chromium: axe-core (WCAG 2.1 AA) with zero violations on the list and the
 * unit page, reading by keyboard, images with text alternatives, the print layout, downloading the
 * e-book, and what each page weighs.
 */
@EnabledIf("tw.museum.site.support.HeadlessChromium#installedOrRequired")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearningBrowserTest extends MuseumTestBase {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    LearningFixture f;
    HeadlessChromium browser;
    WebDriver driver;
    WebDriverWait wait;
    Path downloads;

    @BeforeAll
    void start() throws IOException {
        f = LearningFixture.create(asAdmin()); // staff accounts are made per test, after this
        browser = HeadlessChromium.start();
        driver = browser.driver();
        wait = browser.waiting(Duration.ofSeconds(20));
        downloads = Files.createTempDirectory("museum-downloads");
        ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (downloads != null) {
            try (Stream<Path> files = Files.walk(downloads)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
    }

    void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(results.getPasses()).as(page + ": axe ran its checks").isNotEmpty();
        assertThat(violations).as(page + ": " + violations.stream().map(r -> r.getId() + " (" + r.getHelp() + "): "
                + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
        for (WebElement img : driver.findElements(By.tagName("img"))) {
            assertThat(img.getAttribute("alt")).as(page + ": text alternative of " + img.getAttribute("src")).isNotBlank();
        }
    }

    @Test
    void listAndUnitPagesHaveNoAccessibilityViolationsInBothLanguages() {
        for (String lang : List.of("zh-TW", "en")) {
            open("/learn?lang=" + lang);
            assertAccessible("/learn " + lang);
            open("/learn?theme=" + f.theme() + "&age=junior-high&lang=" + lang);
            assertAccessible("/learn filtered " + lang);
            open("/learn/" + f.published() + "?lang=" + lang);
            assertAccessible("/learn/{slug} " + lang);
        }
    }

    @Test
    void aVisitorFiltersByKeyboardReadsTheUnitAndDownloadsTheEbook() throws Exception {
        open("/learn?lang=zh-TW");
        // keyboard only: choose the age group, apply, and open the unit
        WebElement age = driver.findElement(By.id("f-age"));
        age.sendKeys("國中");
        age.sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("age=junior-high"));
        WebElement card = driver.findElement(By.cssSelector("a[href*='/learn/" + f.published() + "']"));
        card.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/learn/" + f.published()));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("臺灣半導體");
        assertThat(driver.findElements(By.cssSelector("main section h2"))).extracting(WebElement::getText)
                .contains("學習目標", "真空管時代", "晶片時代", "討論問題", "參考資料");

        // the print layout drops the site's navigation and keeps the story
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector(".unit .actions")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.xpath("//h2[contains(., '晶片時代')]")).isDisplayed()).isTrue();
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        WebElement download = driver.findElement(By.cssSelector("a[href*='/epub']"));
        download.sendKeys(Keys.ENTER);
        Path epub = downloads.resolve(f.published() + ".epub");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Files.exists(epub)
                && !Files.exists(downloads.resolve(f.published() + ".epub.crdownload")));
        Map<String, byte[]> entries = EpubFiles.entries(Files.readAllBytes(epub));
        assertThat(EpubFiles.xml(entries, "EPUB/unit.xhtml")).contains("晶片時代");
    }

    @Test
    void aUnitReadsOnAPhoneWithoutSidewaysScrolling() {
        org.openqa.selenium.Dimension desktop = driver.manage().window().getSize();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            for (String path : List.of("/learn?lang=zh-TW", "/learn/" + f.published() + "?lang=zh-TW",
                    "/learn/" + f.published() + "?lang=en")) {
                open(path);
                long overflow = ((Number) ((JavascriptExecutor) driver).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
                assertThat(overflow).as(path + " scrolls sideways on a phone").isLessThanOrEqualTo(0);
            }
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }

    @Test
    void pageWeights() throws IOException {
        ((ChromeDriver) driver).executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        StringBuilder table = new StringBuilder("| page | HTML | CSS | JS | images | requests | total |\n|---|---|---|---|---|---|---|\n");
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("learning units `/learn`", "/learn?lang=zh-TW");
        pages.put("learning unit `/learn/{slug}`", "/learn/" + f.published() + "?lang=zh-TW");
        for (var page : pages.entrySet()) {
            open(page.getValue());
            // lazy images load as they scroll into view: scroll through, then wait for a quiet network
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, document.body.scrollHeight)");
            long[] last = {-1, System.nanoTime()};
            new WebDriverWait(driver, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(100)).until(d -> {
                long count = ((Number) ((JavascriptExecutor) d).executeScript("return document.readyState === 'complete'"
                        + " ? performance.getEntriesByType('resource').length : -1")).longValue();
                if (count != last[0]) {
                    last[0] = count;
                    last[1] = System.nanoTime();
                    return false;
                }
                return System.nanoTime() - last[1] > 500_000_000L;
            });
            @SuppressWarnings("unchecked")
            Map<String, Object> w = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                    const nav = performance.getEntriesByType('navigation')[0];
                    const sums = {html: nav.transferSize, css: 0, js: 0, img: 0, requests: 1};
                    for (const r of performance.getEntriesByType('resource')) {
                      const kind = /\\.css(\\?|$)/.test(r.name) ? 'css' : /\\.js(\\?|$)/.test(r.name) ? 'js' : 'img';
                      sums[kind] += r.transferSize; sums.requests++;
                    }
                    return sums;""");
            long total = 0;
            StringBuilder row = new StringBuilder("| " + page.getKey() + " |");
            for (String kind : List.of("html", "css", "js", "img")) {
                long bytes = ((Number) w.get(kind)).longValue();
                total += bytes;
                row.append(String.format(" %.1f KB |", bytes / 1024.0));
            }
            row.append(" ").append(w.get("requests")).append(String.format(" | **%.1f KB** |", total / 1024.0));
            table.append(row).append("\n");
            assertThat(total).as(page.getKey() + " weighs " + total + " bytes").isLessThan(1_500_000);
        }
        ((ChromeDriver) driver).executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        Files.writeString(Path.of("target", "learning-page-weights.md"), table);
    }
}
