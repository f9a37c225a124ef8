package tw.museum.site.donation;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tw.museum.catalog.donation.DonationService;
import tw.museum.catalog.loan.LoanService;
import tw.museum.catalog.media.MediaService;
import org.springframework.beans.factory.annotation.Autowired;
import tw.museum.site.loan.LoansAndDonationsTestBase;
import tw.museum.site.support.HeadlessChromium;
import tw.museum.site.support.TestImages;

/**
 * A donation in a real browser (Chromium): a donor offers an object with a photo, choosing a credit name; a
 * curator evaluates it and records the committee's acceptance, which accessions it; the new record carries
 * the chosen credit and the photo, and the donor is emailed.
 */
@EnabledIf("tw.museum.site.support.HeadlessChromium#installedOrRequired")
class DonationBrowserTest extends LoansAndDonationsTestBase {

    @Autowired DonationService donations;
    @Autowired MediaService media;

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

    @Test
    void aDonorOffersACuratorEvaluatesAndTheAcceptedObjectIsAccessioned() throws IOException {
        String email = email("browser-donor");
        driver.get(url("/donations/offer"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-donorName"))).sendKeys(DONOR_MARKER);
        driver.findElement(By.id("f-donorEmail")).sendKeys(email);
        driver.findElement(By.id("f-donorPhone")).sendKeys("0922-DONORPHONE");
        driver.findElement(By.id("f-objects-0-title")).sendKeys("鐵殼電風扇");
        driver.findElement(By.id("f-objects-0-description")).sendKeys("綠色鐵殼，四片扇葉");
        driver.findElement(By.id("f-objects-0-history")).sendKeys("1970 年代購於高雄鹽埕");
        Path photo = Files.createTempFile("fan", ".png");
        Files.write(photo, TestImages.png(160, 120));
        driver.findElement(By.id("f-objects-0-photos")).sendKeys(photo.toAbsolutePath().toString());
        driver.findElement(By.id("credit-CUSTOM")).click();
        driver.findElement(By.id("f-creditName")).sendKeys("林氏家族");
        driver.findElement(By.id("f-consent")).click();
        driver.findElement(By.id("send")).click();
        String number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("offer-number"))).getText();
        assertThat(number).matches("DO-\\d{4}-\\d{4}");
        assertThat(texts(email, 1)).anySatisfy(t -> assertThat(t).contains(number));

        browser.signIn(url("/staff/login"), CURATOR, PASSWORD);
        driver.get(url("/staff/donations"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(number))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("donor")));
        assertThat(driver.findElement(By.id("donor")).getText()).contains(DONOR_MARKER).contains("林氏家族");

        driver.findElement(By.id("f-relevance")).sendKeys("補足家電收藏");
        driver.findElement(By.id("f-condition")).sendKeys("良好");
        driver.findElement(By.id("f-provenance")).sendKeys("家傳");
        new Select(driver.findElement(By.id("f-recommendation"))).selectByValue("ACCEPT");
        driver.findElement(By.id("evaluate")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "待委員會決議"));

        new Select(driver.findElement(By.id("f-decision"))).selectByValue("ACCEPT");
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("f-date")),
                LocalDate.ofInstant(clock.instant(), LoanService.MUSEUM_ZONE).toString());
        driver.findElement(By.id("f-minutesReference")).sendKeys("115 年第 4 次典藏會議");
        driver.findElement(By.id("decide")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "已收藏"));
        assertThat(driver.findElement(By.id("deed-pdf")).getAttribute("href")).endsWith("/deed-of-gift.pdf");

        String objectNumber = driver.findElement(By.cssSelector("a.accessioned")).getText();
        driver.findElement(By.cssSelector("a.accessioned")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("main")));
        assertThat(driver.getPageSource()).contains("鐵殼電風扇").contains("林氏家族 捐贈").contains("1970 年代購於高雄鹽埕")
                .doesNotContain("0922-DONORPHONE");
        assertThat(media.list(objectNumber)).hasSize(1);
        assertThat(texts(email, 2)).anySatisfy(t -> assertThat(t).contains("感謝您的捐贈"));
    }

    @Test
    void anOfferWithoutConsentOrDescriptionComesBackWithTheReasons() {
        driver.get(url("/donations/offer"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-donorName"))).sendKeys(DONOR_MARKER);
        driver.findElement(By.id("f-objects-1-title")).sendKeys("收音機");
        driver.findElement(By.id("send")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        assertThat(driver.findElement(By.id("f-objects-1-description-error")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("f-consent-error")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("f-objects-1-title")).getAttribute("value")).isEqualTo("收音機");
    }
}
