package tw.museum.site.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by its chromedriver, headless, with a profile of its own that is deleted
 * afterwards. The flags keep it from reaching for the network at start (this machine has none) and let it
 * run as root; Selenium Manager is told not to download anything.
 */
public final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Path profile;
    private final WebDriver driver;

    private HeadlessChromium(Path profile, WebDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** For {@code @EnabledIf}: skipped only on a developer machine without Chromium; in CI a missing browser fails. */
    public static boolean installedOrRequired() {
        return System.getenv("CI") != null || (Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM));
    }

    public static HeadlessChromium start() throws IOException {
        System.setProperty("SE_OFFLINE", "true");
        Path profile = Files.createTempDirectory("museum-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--lang=zh-TW", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new HeadlessChromium(profile, new ChromeDriver(service, options));
    }

    /**
     * A wait that looks again after any driver error until its time is up (the last error is then the timeout's
     * cause). While a form post or a navigation replaces the page, Chromium may answer for a node of the old page
     * with "Node with given id does not belong to the document", an error neither stale nor absent, which a
     * plain wait would fail on at once.
     */
    public WebDriverWait waiting(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /**
     * Signs in on the staff login page at {@code loginUrl} and waits until the browser has left it (the sign-in's
     * redirect), so the next navigation carries the new session. A wrong password stays on the page and times out.
     */
    public void signIn(String loginUrl, String username, String password) {
        driver.get(loginUrl);
        WebDriverWait wait = waiting(Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/staff/login"));
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
