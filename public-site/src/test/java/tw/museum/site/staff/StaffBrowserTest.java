package tw.museum.site.staff;

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
import tw.museum.site.support.TestImages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End to end in a real browser: sign in, create an artifact through the form, upload a generated PNG,
 * publish, and find it on the public object page. The object number holds slashes, so every link and
 * redirect on the way must carry them encoded.
 */
@EnabledIf("tw.museum.site.support.HeadlessChromium#installedOrRequired")
class StaffBrowserTest extends StaffTestSupport {

    static final String NUMBER = "E2E/2026/1";

    @LocalServerPort
    int port;

    HeadlessChromium browser;
    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        seed();
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

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void createUploadPublishAndSeeItInPublic() throws IOException {
        // Sign in (the workspace sends us to the login page first).
        driver.get(url("/staff"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(ADMIN);
        driver.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        driver.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("count-draft")));

        // Create through the form.
        driver.get(url("/staff/artifacts/new"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-objectNumber"))).sendKeys(NUMBER);
        driver.findElement(By.id("f-title-zh")).sendKeys("端對端測試望遠鏡");
        driver.findElement(By.id("f-title-en")).sendKeys("End-to-end telescope");
        new Select(driver.findElement(By.id("f-classification"))).selectByValue("instruments");
        new Select(driver.findElement(By.id("f-objectName"))).selectByValue("telescope");
        new Select(driver.findElement(By.id("f-materials"))).selectByValue("brass");
        driver.findElement(By.id("f-productionDate-display-zh")).sendKeys("民國104年");
        new Select(driver.findElement(By.id("f-dimensions-0-aspect"))).selectByValue("length");
        driver.findElement(By.id("f-dimensions-0-value")).sendKeys("42");
        new Select(driver.findElement(By.id("f-dimensions-0-unit"))).selectByValue("cm");
        driver.findElement(By.id("save")).click();
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        assertThat(driver.findElement(By.id("object-number")).getText()).isEqualTo(NUMBER);
        assertThat(status.getText()).isEqualTo(message("staff.status.DRAFT"));
        assertThat(driver.findElement(By.cssSelector(".alert-ok")).getText())
                .isEqualTo(message("staff.flash.created", NUMBER));

        // Upload a real PNG.
        Path png = Files.createTempFile(dataDir, "telescope", ".png");
        Files.write(png, TestImages.png(320, 240));
        driver.findElement(By.id("file")).sendKeys(png.toAbsolutePath().toString());
        driver.findElement(By.id("captionZh")).sendKeys("正面");
        driver.findElement(By.id("upload")).click();
        WebElement thumbnail = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".grid img[src*='/thumbnail']")));
        wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", thumbnail));
        assertThat(driver.findElement(By.cssSelector(".alert-ok")).getText()).contains(png.getFileName().toString());

        // Publish.
        driver.findElement(By.id("publish")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), message("staff.status.PUBLISHED")));

        // The public page shows it, with its image.
        driver.findElement(By.linkText(message("staff.action.publicPage"))).click();
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertThat(heading.getText()).contains("端對端測試望遠鏡");
        assertThat(driver.getCurrentUrl()).endsWith("/objects/E2E%2F2026%2F1");
        // the deep-zoom viewer replaces the plain image with its canvas once the IIIF info.json loads
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main figure .zoom-active canvas")));
        assertThat(driver.getPageSource()).doesNotContain("庫房");
    }
}
