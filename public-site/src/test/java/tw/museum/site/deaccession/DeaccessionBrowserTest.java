package tw.museum.site.deaccession;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tw.museum.catalog.loan.LoanService;
import tw.museum.site.loan.LoansAndDonationsTestBase;
import tw.museum.site.support.HeadlessChromium;
import tw.museum.site.support.PublicSurfaces;

/**
 * Valuation and deaccession clicked through in Chromium by three people: a curator values an object and
 * proposes it for deaccession, an administrator records the committee's approval, a registrar the disposal
 * with its document. Every page on the way is axe-clean (WCAG 2.1 AA), a refused form included.
 */
@EnabledIf("tw.museum.site.support.HeadlessChromium#installedOrRequired")
class DeaccessionBrowserTest extends LoansAndDonationsTestBase {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    HeadlessChromium browser;
    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = HeadlessChromium.start();
        driver = browser.driver();
        wait = browser.waiting(Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LoanService.MUSEUM_ZONE);
    }

    void setValue(WebElement input, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        browser.signIn(url("/staff/login"), username, password);
    }

    void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(results.getPasses()).as(page + ": axe ran its checks").isNotEmpty();
        assertThat(violations).as(page + ": " + violations.stream().map(r -> r.getId() + " (" + r.getHelp() + "): "
                + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }

    /**
     * Waits for the status the form post leads to. The page the button was on has a status too, and Chromium may
     * answer for its element while the next page replaces it (the shared wait looks again then).
     */
    void assertStatus(String expected) {
        wait.until(ExpectedConditions.textToBe(By.id("status"), expected));
    }

    @Test
    void aCuratorValuesAndProposesAnAdministratorApprovesARegistrarDisposes() throws IOException {
        String object = published("破損的真空管收音機");
        String objectPage = "/staff/artifacts/" + PublicSurfaces.segment(object);

        signIn(CURATOR, PASSWORD);
        driver.get(url(objectPage));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("valuations")));
        driver.findElement(By.id("f-amount")).sendKeys("-1");
        driver.findElement(By.id("record-valuation")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-amount-error")));
        assertAccessible("artifact page, refused valuation");
        WebElement amount = driver.findElement(By.id("f-amount"));
        amount.clear();
        amount.sendKeys("36000");
        setValue(driver.findElement(By.id("f-valuedOn")), today().toString());
        driver.findElement(By.id("f-valuer")).sendKeys("典藏組 陳");
        driver.findElement(By.id("record-valuation")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-insurance"))).getText())
                .contains("36000 TWD");
        assertAccessible("artifact page with valuations");

        driver.findElement(By.id("propose-deaccession")).click();
        WebElement numbers = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-objectNumbers")));
        assertThat(numbers.getAttribute("value")).isEqualTo(object);
        driver.findElement(By.id("propose")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        assertAccessible("proposal refused");
        driver.findElement(By.id("reason-BEYOND_REPAIR")).click();
        driver.findElement(By.id("f-justification")).sendKeys("機殼破裂、真空管缺件，修復成本高於研究價值。");
        driver.findElement(By.id("f-proposedRecipient")).sendKeys("國立臺南高工");
        driver.findElement(By.id("propose")).click();
        assertStatus("審議中");
        String number = driver.findElement(By.tagName("h1")).getText().replace("註銷案", "").strip();
        assertThat(number).matches("DA-\\d{4}-\\d{4}");
        assertThat(driver.findElements(By.id("deaccession-decision"))).isEmpty(); // curators do not decide
        assertAccessible("proposed deaccession");

        signIn("admin", ADMIN_PASSWORD);
        driver.get(url("/staff/deaccessions"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(number))).click();
        driver.findElement(By.id("outcome-APPROVED")).click();
        setValue(driver.findElement(By.id("f-date")), today().toString());
        driver.findElement(By.id("f-minuteReference")).sendKeys("典藏委員會 115 年第 2 次會議");
        driver.findElement(By.id("decide")).click();
        assertStatus("已核准註銷");
        assertThat(driver.findElement(By.id("objects")).getText()).contains("已註銷");
        assertAccessible("approved deaccession");

        signIn(REGISTRAR, PASSWORD);
        driver.get(url("/staff/deaccessions/" + number));
        setValue(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-date"))), today().toString());
        driver.findElement(By.id("dispose")).click();
        assertStatus("已處分");
        Path receipt = Files.createTempFile("receipt", ".pdf");
        try {
            Files.writeString(receipt, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");
            driver.findElement(By.id("f-document")).sendKeys(receipt.toAbsolutePath().toString());
            driver.findElement(By.id("upload-document")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-ok")));
        } finally {
            Files.deleteIfExists(receipt);
        }
        assertThat(driver.findElement(By.id("documents")).getText()).contains(receipt.getFileName().toString());
        assertThat(driver.findElement(By.id("disposal")).getText()).contains("國立臺南高工");
        assertThat(driver.findElement(By.id("record-pdf")).getAttribute("href")).endsWith("/record.pdf");
        assertAccessible("disposed deaccession");

        driver.get(url("/staff/deaccessions?status=DISPOSED&lang=en"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deaccessions")));
        assertThat(driver.findElement(By.id("deaccessions")).getText()).contains(number).contains("Disposed of");
        assertAccessible("deaccession list, English");
        driver.get(url(objectPage + "?lang=zh-TW"));
        assertStatus("已註銷");
        assertThat(driver.findElements(By.id("publish"))).isEmpty();
        assertThat(driver.findElement(By.id("deaccession-history")).getText()).contains(number);
        assertAccessible("deaccessioned artifact page");
    }
}
