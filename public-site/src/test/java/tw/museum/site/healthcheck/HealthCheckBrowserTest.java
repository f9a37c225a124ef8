package tw.museum.site.healthcheck;

import tw.museum.site.support.TestMailServer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import tw.museum.site.support.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tw.museum.site.support.TestImages;

/**
 * A case end to end in a real browser (Chromium): the requester fills in the form with a photo, keeps
 * number and code, follows the case; a conservator accepts it, quotes, schedules, examines the object,
 * issues the report and records the payment, and closes it; the requester accepts the quote, sees the
 * report and the payment, and answers the survey. Each step reaches the requester's mailbox on the
 * in-process SMTP server; the request form and the case page pass axe-core's WCAG 2.1 AA checks.
 */
@EnabledIf("tw.museum.site.support.HeadlessChromium#installedOrRequired")
class HealthCheckBrowserTest extends HealthCheckTestBase {

    HeadlessChromium browser;
    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void openCase(String number, String code) {
        driver.get(url("/health-check/case"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("number"))).sendKeys(number);
        driver.findElement(By.id("code")).sendKeys(code);
        driver.findElement(By.id("open")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
    }

    private void staffClick(String number, String buttonId) {
        driver.get(url("/staff/health-checks/" + number));
        wait.until(ExpectedConditions.elementToBeClickable(By.id(buttonId))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-ok")));
    }

    static final java.util.List<String> WCAG_21_AA = java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private void assertAccessible(String page) {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(WCAG_21_AA).analyze(driver);
        assertThat(results.getPasses()).as(page + ": axe ran its checks").isNotEmpty();
        assertThat(results.getViolations()).as(page + ": " + results.getViolations().stream()
                .map(r -> r.getId() + ": " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList()).isEmpty();
    }

    /** A picture of the page in target/screens, for a person to look at after a run. */
    private void screenshot(String name) throws IOException {
        Files.createDirectories(Path.of("target", "screens"));
        Files.write(Path.of("target", "screens", "health-check-" + name + ".png"),
                ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    private void setDate(String id, String value) {
        org.openqa.selenium.WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    @Test
    void aCaseGoesFromRequestToSurveyInTheBrowser() throws IOException {
        String email = email();
        driver.get(url("/health-check/request"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-requesterType")));
        assertAccessible("request form");
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-requesterType"))))
                .selectByValue("HERITAGE_HOUSE");
        driver.findElement(By.id("f-name")).sendKeys(NAME_MARKER);
        driver.findElement(By.id("f-email")).sendKeys(email);
        driver.findElement(By.id("f-phone")).sendKeys(PHONE_MARKER);
        driver.findElement(By.id("f-objectCount")).clear();
        driver.findElement(By.id("f-objectCount")).sendKeys("1");
        driver.findElement(By.id("f-objectDescription")).sendKeys("清代木匾一方，金漆剝落");
        driver.findElement(By.id("service-HEALTH_CHECK")).click();
        Path photo = Files.createTempFile("plaque", ".png");
        Files.write(photo, TestImages.png(120, 80));
        driver.findElement(By.id("f-photos")).sendKeys(photo.toAbsolutePath().toString());
        // without consent the form comes back with the reason, keeping what was typed
        driver.findElement(By.id("send")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        assertAccessible("request form with problems");
        assertThat(driver.findElement(By.id("problems")).getText()).contains("須同意個人資料之蒐集與處理");
        assertThat(driver.findElement(By.id("f-name")).getAttribute("value")).isEqualTo(NAME_MARKER);
        driver.findElement(By.id("f-photos")).sendKeys(photo.toAbsolutePath().toString());
        driver.findElement(By.id("f-consent")).click();
        driver.findElement(By.id("send")).click();

        String number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-number"))).getText();
        String code = driver.findElement(By.id("access-code")).getText();
        assertThat(TestMailServer.text(TestMailServer.to(email, 1).get(0))).contains(number).contains(code);
        assertThat(service.get(number).photos()).hasSize(1);

        openCase(number, code);
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("已送出");

        browser.signIn(url("/staff/login"), CONSERVATOR, PASSWORD);
        driver.get(url("/staff/health-checks"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(number)));
        staffClick(number, "to-ACCEPTED");
        staffClick(number, "compute-quote");
        assertThat(driver.findElement(By.id("quote-total")).getText()).isNotBlank();
        staffClick(number, "to-QUOTED");

        openCase(number, code);
        assertThat(driver.findElement(By.id("quote-status")).getText()).isEqualTo("待您回覆");
        assertAccessible("case page with a quote");
        driver.findElement(By.id("accept-quote")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "已接受報價"));
        assertThat(driver.findElements(By.id("accept-quote"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain(NAME_MARKER).doesNotContain(PHONE_MARKER);

        // the conservator schedules, examines the plaque, issues the report, records the payment, closes
        driver.get(url("/staff/health-checks/" + number));
        setDate("scheduledFor", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Taipei")).plusDays(3).toString());
        driver.findElement(By.id("to-SCHEDULED")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-ok")));
        driver.findElement(By.id("new-exam-1")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-identification-zh"))).sendKeys("清代木匾");
        driver.findElement(By.id("f-identification-en")).sendKeys("Qing dynasty wooden plaque");
        new Select(driver.findElement(By.id("f-grade"))).selectByValue("POOR");
        new Select(driver.findElement(By.id("f-damages-0-term"))).selectByValue("flaking-paint");
        driver.findElement(By.id("f-damages-0-location-zh")).sendKeys("匾額右下");
        driver.findElement(By.id("f-recommendations-zh")).sendKeys("回貼金漆並控制濕度");
        screenshot("examination-form");
        driver.findElement(By.id("save-examination")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-ok")));
        driver.findElement(By.id("photo-file")).sendKeys(photo.toAbsolutePath().toString());
        driver.findElement(By.id("annotation-zh")).sendKeys("金漆剝落處");
        driver.findElement(By.cssSelector(".photo-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("examination-photos"), "金漆剝落處"));
        staffClick(number, "to-EXAMINED");
        staffClick(number, "issue-report-button");
        assertThat(driver.findElement(By.id("report-versions")).getText()).contains(number + "-R1");
        staffClick(number, "save-invoice");
        screenshot("staff-case-billing");
        staffClick(number, "record-payment");
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("已付款");
        staffClick(number, "to-CLOSED");

        openCase(number, code);
        assertThat(driver.findElement(By.id("download-report")).getText()).contains(number + "-R1");
        assertThat(driver.findElement(By.id("payment-status")).getText()).contains("已付清");
        assertAccessible("closed case page with report, payment and survey");
        screenshot("requester-case-closed");
        driver.findElement(By.cssSelector("label[for='rating-5']")).click();
        driver.findElement(By.id("survey-comment")).sendKeys("很專業，謝謝");
        driver.findElement(By.id("send-survey")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hc-survey"), "謝謝您的回饋"));
        assertAccessible("case page after the survey");
        assertThat(driver.getPageSource()).doesNotContain(NAME_MARKER).doesNotContain(PHONE_MARKER)
                .doesNotContain("Conservator Wang");

        // received, accepted, quoted, quote accepted, scheduled, examined, report issued, receipt, paid, closed
        assertThat(TestMailServer.to(email, 10)).hasSize(10).extracting(TestMailServer::text)
                .anySatisfy(t -> assertThat(t).contains("已受理"))
                .anySatisfy(t -> assertThat(t).contains("已報價"))
                .anySatisfy(t -> assertThat(t).contains("已接受報價"))
                .anySatisfy(t -> assertThat(t).contains("已排定"))
                .anySatisfy(t -> assertThat(t).contains(number + "-R1"))
                .anySatisfy(t -> assertThat(t).contains("已收到您的付款"))
                .anySatisfy(t -> assertThat(t).contains("已結案"));
    }
}
