package tw.museum.site.collection;

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
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tw.museum.site.support.MuseumTestBase;

/**
 * The public pages in headless Chromium: WCAG 2.1 AA checks by axe-core with zero violations, deep zoom,
 * the language switch, suggestions and keyboard access. One browser for the whole class.
 */
@EnabledIf("browserInstalled")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicBrowserTest extends MuseumTestBase {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    PublicFixture f;
    WebDriver driver;
    WebDriverWait wait;
    Path profile;

    /** Skipped only on a developer machine without Chromium; in CI a missing browser fails the test. */
    static boolean browserInstalled() {
        return System.getenv("CI") != null || (Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM));
    }

    @BeforeAll
    void start() throws IOException {
        f = PublicFixture.create(asAdmin(), anonymous());
        System.setProperty("SE_OFFLINE", "true");
        profile = Files.createTempDirectory("public-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--lang=zh-TW", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterAll
    void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
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
        open("/people/" + f.makerId());
        assertAccessible("person");
        open("/terms/classification/" + f.classification() + "?lang=en");
        assertAccessible("term");
    }

    @Test
    void objectPageZoomsAndHasNoAccessibilityViolations() {
        open(PublicFixture.page(f.published()));
        // OpenSeadragon replaced the plain image with its canvas, fed by the IIIF info.json
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".zoom.zoom-active canvas")));
        WebElement zoomIn = wait.until(ExpectedConditions.elementToBeClickable(By.id("zoom-" + f.mediaId() + "-in")));
        zoomIn.click();
        assertThat(driver.findElements(By.cssSelector(".zoom img[src*='/thumbnail']"))).isEmpty();
        assertAccessible("object");
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
