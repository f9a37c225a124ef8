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
 * A case in a real browser (Chromium): the requester fills in the form with a photo, keeps number and
 * code, follows the case; a conservator accepts it and sends a quote; the requester accepts the quote.
 * Each status change reaches the requester's mailbox on the in-process SMTP server.
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
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
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

    @Test
    void aRequesterAndAConservatorTakeACaseToAnAcceptedQuote() throws IOException {
        String email = email();
        driver.get(url("/health-check/request"));
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

        driver.get(url("/staff/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(CONSERVATOR);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.urlContains("/staff"));
        driver.get(url("/staff/health-checks"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(number)));
        staffClick(number, "to-ACCEPTED");
        staffClick(number, "compute-quote");
        assertThat(driver.findElement(By.id("quote-total")).getText()).isNotBlank();
        staffClick(number, "to-QUOTED");

        openCase(number, code);
        assertThat(driver.findElement(By.id("quote-status")).getText()).isEqualTo("待您回覆");
        driver.findElement(By.id("accept-quote")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "已接受報價"));
        assertThat(driver.findElements(By.id("accept-quote"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain(NAME_MARKER).doesNotContain(PHONE_MARKER);

        assertThat(TestMailServer.to(email, 4)).extracting(TestMailServer::text)
                .anySatisfy(t -> assertThat(t).contains("已受理"))
                .anySatisfy(t -> assertThat(t).contains("已報價"))
                .anySatisfy(t -> assertThat(t).contains("已接受報價"));
    }
}
