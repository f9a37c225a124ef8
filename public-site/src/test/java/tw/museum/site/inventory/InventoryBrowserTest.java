package tw.museum.site.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.inventory.InventoryService;
import tw.museum.catalog.inventory.InventoryStatus;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.user.StaffRole;
import tw.museum.site.support.HeadlessChromium;
import tw.museum.site.support.MuseumTestBase;

/**
 * The phone inventory in headless Chromium, 390 px wide: a registrar starts at a store room, scans a shelf
 * and its objects the way a keyboard-wedge scanner does (the code typed, then Enter, into the focused
 * field), reads each answer, decides every discrepancy on the results page and completes; axe-core finds
 * no WCAG 2.1 AA violation on any page, and nothing scrolls sideways.
 */
@EnabledIf("tw.museum.site.support.HeadlessChromium#installedOrRequired")
class InventoryBrowserTest extends MuseumTestBase {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired LocationService locations;
    @Autowired MovementService movements;
    @Autowired ArtifactService artifacts;
    @Autowired InventoryService inventories;

    HeadlessChromium browser;
    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        if (!users.exists(InventoryWebTest.REGISTRAR)) {
            users.create(InventoryWebTest.REGISTRAR, PASSWORD, "Registrar Hsu", EnumSet.of(StaffRole.REGISTRAR));
        }
        browser = HeadlessChromium.start();
        driver = browser.driver();
        driver.manage().window().setSize(new Dimension(390, 844));
        wait = browser.waiting(Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aRegistrarTakesAnInventoryOnAPhone() {
        InventoryFixture f = InventoryFixture.make(locations, movements, artifacts, 2);
        browser.signIn("http://localhost:" + port + "/staff/login?lang=zh-TW", InventoryWebTest.REGISTRAR, PASSWORD);

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".staff-nav a[href='/staff/inventories']"))).click();
        WebElement location = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("location")));
        assertPhoneFriendly("inventories");
        location.sendKeys(f.room().code() + Keys.ENTER); // the scanner reads the room's barcode

        // the scanning page: the field has the focus, so the scanner types straight into it
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code")));
        assertThat(activeId()).isEqualTo("code");
        assertPhoneFriendly("scanning");
        scan(f.shelf1().code());
        assertThat(result().getText()).contains(f.shelf1().code());
        assertThat(driver.findElement(By.id("at-label")).getText()).contains(f.shelf1().code());
        scan(f.onShelf1().get(0));
        assertThat(result().getAttribute("class")).contains("result-found");
        scan(f.onShelf1().get(1));
        // shelf 2's object, put back on shelf 1
        scan(f.onShelf2().get(0));
        assertThat(result().getAttribute("class")).contains("result-misplaced");
        assertThat(result().getText()).contains(f.shelf2().code());
        assertPhoneFriendly("scanning after a misplaced object");
        scan("NOT-IN-THE-RECORD-7");
        assertThat(result().getAttribute("class")).contains("result-unexpected");
        assertThat(driver.findElement(By.id("count-found")).getText()).isEqualTo("2");
        assertThat(driver.findElement(By.id("count-missing")).getText()).isEqualTo("1");

        // the results: a decision for each discrepancy, then complete
        driver.findElement(By.id("to-report")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("items")));
        assertPhoneFriendly("results");
        decide(f.onShelf2().get(0), "TO_BE_RETURNED");
        decide("NOT-IN-THE-RECORD-7", "NOTED");
        driver.findElement(By.id("confirm-missing")).click();
        wait.until(ExpectedConditions.textToBe(By.id("count-undecided"), "0"));
        driver.findElement(By.id("complete")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "已完成"));
        assertPhoneFriendly("completed results");
        String number = driver.getCurrentUrl().replaceAll(".*/staff/inventories/([^/]+)/report.*", "$1");
        assertThat(inventories.get(number).status()).isEqualTo(InventoryStatus.COMPLETED);
        assertThat(inventories.get(number).counts().misplaced()).isEqualTo(1);

        // the English page too
        driver.get(driver.getCurrentUrl().replaceAll("\\?.*", "") + "?lang=en");
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Completed"));
        assertPhoneFriendly("completed results, English");
    }

    /** What a keyboard-wedge scanner does: types the code into the focused field and presses Enter. */
    private void scan(String code) {
        WebElement before = driver.findElement(By.id("code"));
        assertThat(activeId()).isEqualTo("code");
        driver.switchTo().activeElement().sendKeys(code + Keys.ENTER);
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code")));
    }

    private WebElement result() {
        return driver.findElement(By.cssSelector("#scan-result .result"));
    }

    private void decide(String key, String decision) {
        WebElement row = driver.findElement(By.xpath("//table[@id='items']//tr[.//input[@name='key' and @value='" + key + "']]"));
        new Select(row.findElement(By.name("decision"))).selectByValue(decision);
        WebElement button = row.findElement(By.cssSelector("button[type=submit]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", button);
        button.click();
        wait.until(ExpectedConditions.stalenessOf(row));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("items")));
    }

    private String activeId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    private void assertPhoneFriendly(String page) {
        long overflow = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
        assertThat(overflow).as(page + " scrolls sideways at 390 px").isLessThanOrEqualTo(0);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(results.getPasses()).as(page + ": axe ran its checks").isNotEmpty();
        assertThat(violations).as(page + ": " + violations.stream().map(r -> r.getId() + " (" + r.getHelp() + "): "
                + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }
}
