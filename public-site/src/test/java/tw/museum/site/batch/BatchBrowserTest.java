package tw.museum.site.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.location.LocationData;
import tw.museum.catalog.location.LocationKind;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.LocationView;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.user.StaffRole;
import tw.museum.catalog.vocabulary.TermData;
import tw.museum.catalog.vocabulary.TermRef;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.Vocabulary;
import tw.museum.search.api.SearchIndex;
import tw.museum.site.support.HeadlessChromium;
import tw.museum.site.support.MuseumTestBase;

/**
 * A batch edit walked end to end in headless Chromium, axe-clean (WCAG 2.1 AA) on every page: search the
 * artifact list, batch-edit the results, choose the field, the operation and the term, read the preview (its
 * progress followed by the page's script), apply, find the batch in a record's history, undo; and a registrar's
 * location batch (a bulk move) from a pasted list.
 */
@EnabledIf("tw.museum.site.support.HeadlessChromium#installedOrRequired")
class BatchBrowserTest extends MuseumTestBase {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired ArtifactService artifacts;
    @Autowired TermService terms;
    @Autowired SearchIndex index;
    @Autowired MessageSource messages;
    @Autowired LocationService locations;
    @Autowired MovementService movements;

    HeadlessChromium browser;
    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = HeadlessChromium.start();
        driver = browser.driver();
        // the worker polls every two seconds on a machine shared by several builds
        wait = browser.waiting(Duration.ofSeconds(90));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.TRADITIONAL_CHINESE);
    }

    private void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(results.getPasses()).as(page + ": axe ran its checks").isNotEmpty();
        assertThat(violations).as(page + ": " + violations.stream().map(r -> r.getId() + " (" + r.getHelp() + "): "
                + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }

    private void waitForStatus(String status) {
        wait.until(ExpectedConditions.textToBe(By.id("batch-status"), message("batch.status." + status)));
    }

    @Test
    void searchPreviewApplyAndUndoInTheBrowser() {
        String word = "掛鐘" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String term = "enamel-" + System.nanoTime();
        terms.create(Vocabulary.MATERIAL, new TermData(term, Bilingual.of("琺瑯", "enamel"), null, null, null));
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String number = "BR/" + System.nanoTime() + "/" + i;
            artifacts.create(new ArtifactData(number, Bilingual.of(word + " " + i, null), null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null));
            numbers.add(number);
        }
        index.refresh();

        browser.signIn("http://localhost:" + port + "/staff/login", CURATOR, PASSWORD);

        // the artifact list's search, then "batch edit these"
        open("/staff/artifacts?q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8));
        driver.findElement(By.id("batch-these")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("choose-field")));
        new Select(driver.findElement(By.id("f-field"))).selectByValue("materials");
        driver.findElement(By.id("choose")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-form")));
        assertAccessible("new batch form");
        assertThat(driver.findElement(By.id("source-SEARCH")).isSelected()).as("the search is carried over").isTrue();
        assertThat(driver.findElement(By.id("f-q")).getAttribute("value")).isEqualTo(word);
        driver.findElement(By.id("op-ADD")).click();
        new Select(driver.findElement(By.id("f-codes"))).selectByValue(term);
        driver.findElement(By.id("preview")).click();

        // the preview: its job runs on the server, the page follows it and shows every record
        waitForStatus("PREVIEWED");
        assertAccessible("previewed batch");
        assertThat(driver.findElement(By.id("batch-total")).getText()).isEqualTo("3");
        String batch = driver.findElement(By.tagName("h1")).getText().replace(message("batch.show.title", ""), "").strip();
        for (String n : numbers) {
            assertThat(driver.findElement(By.id("items")).getText()).contains(n, "琺瑯 (" + term + ")");
        }
        assertThat(artifacts.get(numbers.get(0)).materials()).as("nothing changes before applying").isEmpty();

        driver.findElement(By.id("apply")).click();
        waitForStatus("APPLIED");
        assertAccessible("applied batch");
        assertThat(driver.findElement(By.id("count-APPLIED")).getText()).endsWith("3");
        for (String n : numbers) {
            assertThat(artifacts.get(n).materials()).extracting(TermRef::code).containsExactly(term);
        }

        // the record's history names the batch and leads back to it
        open("/staff/artifacts/" + tw.museum.site.staff.StaffPages.segment(numbers.get(1)) + "/history");
        driver.findElement(By.linkText(message("staff.history.cause", batch))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("undo")));

        driver.findElement(By.id("undo")).click();
        waitForStatus("UNDONE");
        assertAccessible("undone batch");
        for (String n : numbers) {
            assertThat(artifacts.get(n).materials()).as(n).isEmpty();
        }
    }

    @Test
    void aRegistrarMovesObjectsToAnotherShelfInTheBrowser() {
        String code = "BRW-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        LocationView studio = locations.create(new LocationData(code, Bilingual.of("攝影棚", "Photo studio"),
                LocationKind.WORKROOM, null, null, null));
        String registrar = "registrar.browser";
        if (!users.exists(registrar)) {
            users.create(registrar, PASSWORD, "Registrar Tsai", java.util.EnumSet.of(StaffRole.REGISTRAR));
        }
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String number = "BRM/" + System.nanoTime() + "/" + i;
            artifacts.create(new ArtifactData(number, Bilingual.of("幻燈機 " + i, null), null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null));
            numbers.add(number);
        }

        browser.signIn("http://localhost:" + port + "/staff/login", registrar, PASSWORD);
        open("/staff/batches/new?field=location");
        assertAccessible("location batch form");
        driver.findElement(By.id("op-SET")).click();
        driver.findElement(By.id("f-codes")).sendKeys(code.toLowerCase());
        new Select(driver.findElement(By.id("f-reason"))).selectByValue("PHOTOGRAPHY");
        driver.findElement(By.id("source-LIST")).click();
        driver.findElement(By.id("f-numbers")).sendKeys(String.join("\n", numbers));
        driver.findElement(By.id("preview")).click();

        waitForStatus("PREVIEWED");
        assertAccessible("previewed location batch");
        assertThat(driver.findElement(By.id("batch-reason")).getText()).isEqualTo(message("batch.reason.PHOTOGRAPHY"));
        assertThat(driver.findElement(By.id("items")).getText()).contains(numbers.get(0), "攝影棚 (" + code + ")");
        driver.findElement(By.id("apply")).click();
        waitForStatus("APPLIED");
        for (String n : numbers) {
            assertThat(movements.whereIs(n).current().location().id()).as(n).isEqualTo(studio.id());
        }
    }
}
