package tw.museum.site.location;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.user.StaffRole;
import tw.museum.site.staff.StaffUrls;
import tw.museum.site.support.HeadlessChromium;
import tw.museum.site.support.MuseumTestBase;

/**
 * A registrar in a real browser (Chromium): opens a shelf, checks its label sheet link answers a PDF, moves
 * everything on it to another shelf from the bulk move page, reads the batch and the object's page. Every
 * page is checked with axe (WCAG 2.1 AA).
 */
@EnabledIf("tw.museum.site.support.HeadlessChromium#installedOrRequired")
class LocationBrowserTest extends MuseumTestBase {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired
    ArtifactService artifacts;

    HeadlessChromium browser;
    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        if (!users.exists(LocationWorkspaceTest.REGISTRAR)) {
            users.create(LocationWorkspaceTest.REGISTRAR, PASSWORD, "Registrar Lin", EnumSet.of(StaffRole.REGISTRAR));
        }
        browser = HeadlessChromium.start();
        driver = browser.driver();
        wait = browser.waiting(Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aRegistrarMovesAWholeShelfAndPrintsItsLabels() {
        LocationFixture f = new LocationFixture(as(LocationWorkspaceTest.REGISTRAR), artifacts).store("18°C");
        String a = f.object("瀏覽器一"), b = f.object("瀏覽器二");
        assertThat(f.move(List.of(a, b), "S1", "STORAGE", "START").status()).isEqualTo(201);

        browser.signIn(url("/staff/login"), LocationWorkspaceTest.REGISTRAR, PASSWORD);

        open("/staff/locations");
        assertAccessible("locations");
        open("/staff/locations/" + f.id("S1"));
        assertThat(driver.findElement(By.id("objects-here")).getText()).contains(a, b);
        assertAccessible("shelf");
        String labels = driver.findElement(By.id("labels-inside")).getAttribute("href");
        Object type = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')));", labels);
        assertThat(type).isEqualTo("200 application/pdf");

        driver.findElement(By.id("move-from")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("move-form")));
        assertThat(driver.findElement(By.id("f-fromCode")).getAttribute("value")).isEqualTo(f.code("S1"));
        assertAccessible("move form");
        driver.findElement(By.id("f-toCode")).sendKeys(f.code("S2"));
        new Select(driver.findElement(By.id("f-reason"))).selectByValue("EXHIBITION");
        driver.findElement(By.id("f-reference")).sendKeys("EX-BROWSER");
        driver.findElement(By.id("move")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("movements")));
        assertThat(driver.findElement(By.id("movements")).getText()).contains(a, b, f.code("S1"), f.code("S2"), "EX-BROWSER");
        assertAccessible("batch");

        open(new StaffUrls().artifact(a));
        assertThat(driver.findElement(By.id("current-whereabouts")).getText()).contains(f.code("S2"));
        assertThat(driver.findElement(By.id("artifact-location")).getText()).contains("EX-BROWSER", "START");
        assertAccessible("artifact page");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void open(String path) {
        driver.get(url(path));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
    }

    private void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        assertThat(results.getPasses()).as(page + ": axe ran its checks").isNotEmpty();
        assertThat(results.getViolations()).as(page + ": " + results.getViolations().stream()
                .map(r -> r.getId() + " (" + r.getHelp() + "): " + r.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }
}
