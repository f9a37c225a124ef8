package tw.museum.site.loan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tw.museum.catalog.loan.LoanService;
import tw.museum.site.support.HeadlessChromium;

/**
 * A loan in a real browser (Chromium): an institution finds an object in the published collection and
 * applies; a registrar approves it with its insurance value, uploads the signed agreement, records the
 * departure check and the departure; the artifact's page then says where it is. A second application for
 * an overlapping period is refused on the review page.
 */
@EnabledIf("tw.museum.site.support.HeadlessChromium#installedOrRequired")
class LoanBrowserTest extends LoansAndDonationsTestBase {

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

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LoanService.MUSEUM_ZONE);
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    private String applyFor(String title, String objectNumber, String email, LocalDate from, LocalDate to) {
        driver.get(url("/loans/apply"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q"))).sendKeys(title);
        driver.findElement(By.id("find")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("pick-" + objectNumber))).click();
        driver.findElement(By.id("f-institution")).sendKeys("國立臺灣歷史博物館");
        driver.findElement(By.id("f-contactName")).sendKeys(CONTACT_MARKER);
        driver.findElement(By.id("f-contactEmail")).sendKeys(email);
        driver.findElement(By.id("f-exhibitionTitle")).sendKeys("家電的年代");
        driver.findElement(By.id("f-venue")).sendKeys("第一特展室");
        driver.findElement(By.id("f-facilityClimate")).sendKeys("恆溫恆濕");
        setValue(driver.findElement(By.id("f-periodFrom")), from.toString());
        setValue(driver.findElement(By.id("f-periodTo")), to.toString());
        driver.findElement(By.id("f-consent")).click();
        driver.findElement(By.id("send")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loan-number"))).getText();
    }

    private void signIn() {
        browser.signIn(url("/staff/login"), REGISTRAR, PASSWORD);
    }

    private void review(String number, String insuranceValue) {
        driver.get(url("/staff/loans/" + number));
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-0")))).selectByValue("APPROVED");
        driver.findElement(By.id("value-0")).clear(); // it starts from the current insurance valuation
        driver.findElement(By.id("value-0")).sendKeys(insuranceValue);
        driver.findElement(By.id("conditions-input")).sendKeys("展出時照度不超過 50 lux");
        driver.findElement(By.id("review")).click();
    }

    @Test
    void anInstitutionAppliesAndARegistrarTakesTheLoanOut() throws IOException {
        String object = published("大同電鍋");
        String email = email("browser-borrower");
        // an application without consent comes back with the reason and what was typed
        driver.get(url("/loans/apply?q=" + object));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("pick-" + object))).click();
        driver.findElement(By.id("send")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        assertThat(driver.findElement(By.id("problems")).getText()).contains("須同意");
        assertThat(driver.findElement(By.id("pick-" + object)).isSelected()).isTrue();

        String number = applyFor("大同電鍋", object, email, today().plusDays(3), today().plusDays(60));
        assertThat(number).matches("LN-\\d{4}-\\d{4}");
        assertThat(texts(email, 1)).anySatisfy(t -> assertThat(t).contains(number));

        signIn();
        driver.get(url("/staff/loans"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(number))).click();
        review(number, "3200000");
        wait.until(ExpectedConditions.textToBe(By.id("status"), "已核准"));
        assertThat(driver.findElement(By.id("objects")).getText()).contains("3200000 TWD");
        assertThat(driver.findElement(By.id("agreement-pdf")).getAttribute("href")).endsWith("/agreement.pdf");

        Path signed = Files.createTempFile("signed", ".pdf");
        Files.writeString(signed, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");
        driver.findElement(By.id("f-agreement")).sendKeys(signed.toAbsolutePath().toString());
        driver.findElement(By.id("upload-agreement")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "已簽約"));

        // departure needs the condition check first
        setValue(driver.findElement(By.id("f-departedOn")), today().toString());
        driver.findElement(By.id("depart")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        assertThat(driver.findElement(By.id("problems")).getText()).contains(object).contains("點交");
        new Select(driver.findElement(By.id("grade-0"))).selectByValue("GOOD");
        setValue(driver.findElement(By.id("examined-at-0")), today().toString());
        driver.findElement(By.id("examined-by-0")).sendKeys("保存科 王");
        driver.findElement(By.id("summary-0")).sendKeys("外觀完整");
        driver.findElement(By.id("record-check-0")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-ok")));
        setValue(driver.findElement(By.id("f-departedOn")), today().toString());
        driver.findElement(By.id("depart")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "借展中"));

        driver.get(url("/staff/artifacts/" + object));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-location"))).getText())
                .contains("借展至 國立臺灣歷史博物館");
        assertThat(driver.findElement(By.id("loan-history")).getText()).contains(number);

        // nothing of the borrower or the insurance on the object's public page
        driver.get(url("/objects/" + object));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("main")));
        assertThat(driver.getPageSource()).doesNotContain(CONTACT_MARKER).doesNotContain("3200000");
    }

    @Test
    void aRegistrarCannotApproveAnObjectAlreadyLentForAnOverlappingPeriod() {
        String object = published("國際牌電視");
        String first = applyFor("國際牌電視", object, email("first"), today().plusDays(10), today().plusDays(40));
        String second = applyFor("國際牌電視", object, email("second"), today().plusDays(30), today().plusDays(70));
        signIn();
        review(first, "100000");
        wait.until(ExpectedConditions.textToBe(By.id("status"), "已核准"));
        review(second, "100000");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        assertThat(driver.findElement(By.id("problems")).getText()).contains(object).contains(first).contains("期間重疊");
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("待審查");
    }
}
