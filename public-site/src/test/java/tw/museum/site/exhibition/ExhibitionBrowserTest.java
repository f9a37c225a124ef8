package tw.museum.site.exhibition;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.museum.site.support.AxeChecks.assertAccessible;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.condition.ConditionCheckService;
import tw.museum.catalog.location.Destination;
import tw.museum.catalog.location.LocationData;
import tw.museum.catalog.location.LocationKind;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.LocationView;
import tw.museum.catalog.location.MoveRequest;
import tw.museum.catalog.location.MovementReason;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.user.StaffRole;
import tw.museum.site.support.AxeChecks;
import tw.museum.site.support.HeadlessChromium;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.PublicSurfaces;

/**
 * Exhibitions and conservation stories in headless Chromium: the public pages axe-clean (WCAG 2.1 AA) in both
 * languages and on a phone, a treatment story written, sent for review and approved by clicking through the
 * workspace as two people, and an exhibition installed and closed by a registrar's clicks.
 */
@EnabledIf("tw.museum.site.support.HeadlessChromium#installedOrRequired")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExhibitionBrowserTest extends MuseumTestBase {

    @Autowired ConditionCheckService conditions;
    @Autowired LocationService locations;
    @Autowired MovementService movements;

    ExhibitionFixture exhibitions;
    StoryFixture stories;
    HeadlessChromium browser;
    WebDriver driver;
    WebDriverWait wait;

    @BeforeAll
    void start() throws IOException {
        // the base class makes its accounts before each test; the fixture needs them now
        if (!users.exists(CURATOR)) {
            users.create(CURATOR, PASSWORD, "Curator Chen", EnumSet.of(StaffRole.CURATOR));
        }
        if (!users.exists(CONSERVATOR)) {
            users.create(CONSERVATOR, PASSWORD, "Conservator Wang", EnumSet.of(StaffRole.CONSERVATOR));
        }
        exhibitions = ExhibitionFixture.create(as(CURATOR));
        stories = StoryFixture.create(as(CONSERVATOR), as(CURATOR), conditions);
        StoryFixture.step(as(CONSERVATOR), stories.story(), "submit");
        StoryFixture.step(as(CURATOR), stories.story(), "approve");
        browser = HeadlessChromium.start();
        driver = browser.driver();
        wait = browser.waiting(Duration.ofSeconds(20));
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
    }

    void signIn(String user) {
        driver.manage().deleteAllCookies();
        browser.signIn("http://localhost:" + port + "/staff/login", user, PASSWORD);
    }

    List<String> publicPages() {
        return List.of("/exhibitions", "/exhibitions/" + exhibitions.current(), "/conservation",
                "/conservation/" + stories.story(), ExhibitionFixture.page(exhibitions.radio()),
                ExhibitionFixture.page(stories.object()));
    }

    @Test
    void publicExhibitionAndStoryPagesHaveNoAccessibilityViolationsInBothLanguages() {
        for (String lang : List.of("zh-TW", "en")) {
            for (String path : publicPages()) {
                open(path + "?lang=" + lang);
                assertAccessible(driver, path + " " + lang);
            }
        }
        open("/exhibitions/" + exhibitions.current());
        assertThat(driver.findElements(By.cssSelector(".exhibits .card"))).hasSize(2);
        open("/conservation/" + stories.story());
        List<WebElement> photos = driver.findElements(By.cssSelector(".story .photos img"));
        assertThat(photos).hasSize(2);
        // the chosen photos really load (served by the story, not by the condition records)
        wait.until(d -> photos.stream().allMatch(img -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", img))));
    }

    @Test
    void exhibitionAndStoryPagesReadOnAPhoneWithoutSidewaysScrolling() {
        Dimension desktop = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String path : publicPages()) {
                open(path);
                assertThat(AxeChecks.sidewaysOverflow(driver)).as(path + " scrolls sideways on a phone").isLessThanOrEqualTo(0);
            }
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }

    @Test
    void aConservatorWritesAStoryByClickingAndAColleagueApprovesIt() {
        StoryFixture mine = StoryFixture.create(as(CONSERVATOR), as(CURATOR), conditions);
        signIn(CONSERVATOR);
        open("/staff/artifacts/" + PublicSurfaces.segment(mine.object()));
        assertAccessible(driver, "staff artifact page with usage history and stories");
        driver.findElement(By.id("new-story")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-title-zh")));
        assertAccessible(driver, "story form");
        driver.findElement(By.id("f-title-zh")).sendKeys("瀏覽器裡寫的修復故事");
        driver.findElement(By.id("f-body-zh")).sendKeys("第一段。\n\n第二段。");
        driver.findElement(By.id("f-photos-0-chosen")).click();
        driver.findElement(By.id("f-photos-3-chosen")).click();
        driver.findElement(By.id("creditExaminer")).click();
        driver.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submit")));
        assertThat(driver.findElement(By.id("story-status")).getText()).isEqualTo("草稿");
        assertThat(driver.findElements(By.cssSelector(".photos img"))).hasSize(2);
        assertAccessible(driver, "story, draft");
        String storyUrl = driver.getCurrentUrl();
        driver.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("story-status"), "審核中"));
        // the author cannot approve: the button is there, the rule answers
        driver.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-error")));
        assertThat(driver.findElement(By.id("story-status")).getText()).isEqualTo("審核中");

        signIn(CURATOR);
        driver.get(storyUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("approve")));
        assertAccessible(driver, "story, in review");
        driver.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.textToBe(By.id("story-status"), "已公開"));
        long id = Long.parseLong(storyUrl.substring(storyUrl.lastIndexOf('/') + 1));
        open("/conservation/" + id);
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("瀏覽器裡寫的修復故事");
        assertThat(driver.findElement(By.cssSelector(".story .facts")).getText()).contains(StoryFixture.EXAMINER_MARKER);
    }

    @Test
    void theWorkspacePagesOfExhibitionsAndUsesHaveNoAccessibilityViolations() {
        signIn(CURATOR);
        for (String path : List.of("/staff/exhibitions", "/staff/exhibitions/" + exhibitions.current(),
                "/staff/exhibitions/" + exhibitions.current() + "/edit", "/staff/exhibitions/new", "/staff/uses",
                "/staff/uses/new?object=" + PublicSurfaces.segment(exhibitions.radio()),
                "/staff/artifacts/" + PublicSurfaces.segment(exhibitions.radio()), "/staff/conservation")) {
            open(path);
            assertAccessible(driver, path);
        }
        // a refused form: the summary links to each field
        open("/staff/exhibitions/new");
        driver.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        assertAccessible(driver, "refused exhibition form");
    }

    @Test
    void aRegistrarInstallsAndClosesAnExhibitionByClicking() {
        if (!users.exists(ExhibitionWorkspaceTest.REGISTRAR)) {
            users.create(ExhibitionWorkspaceTest.REGISTRAR, PASSWORD, "Registrar Lee", EnumSet.of(StaffRole.REGISTRAR));
        }
        String code = "EXB" + Long.toString(System.nanoTime(), 36).toUpperCase();
        LocationView gallery = locations.create(new LocationData(code, Bilingual.of("第一展示廳", "Hall 1"),
                LocationKind.GALLERY, null, null, null));
        LocationView store = locations.create(new LocationData(code + "-R", Bilingual.of("第二庫房", "Store 2"),
                LocationKind.STORE_ROOM, null, null, null));
        movements.move(new MoveRequest(List.of(exhibitions.tv()), Destination.at(store.id()), MovementReason.STORAGE,
                null, null, null, true));
        String number = ExhibitionFixture.ok(as(CURATOR).postJson("/api/v1/exhibitions", java.util.Map.of(
                "title", java.util.Map.of("zh", "點選佈展"), "kind", "IN_HOUSE", "opensOn", "2026-01-01",
                "location", gallery.code(), "objects", List.of(java.util.Map.of("objectNumber", exhibitions.tv())))))
                .json().path("number").asString();
        signIn(ExhibitionWorkspaceTest.REGISTRAR);
        open("/staff/exhibitions/" + number);
        assertAccessible(driver, "exhibition, planned, as a registrar");
        driver.findElement(By.id("install")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("close")));
        assertThat(driver.findElement(By.id("installation")).getText()).contains("已佈展");
        assertThat(movements.whereIs(exhibitions.tv()).current().location().id()).isEqualTo(gallery.id());
        assertAccessible(driver, "exhibition, installed");
        driver.findElement(By.id("close")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("installation"), "已撤展"));
        assertThat(driver.findElements(By.id("install"))).isEmpty();
        assertThat(movements.whereIs(exhibitions.tv()).current().location().id()).isEqualTo(store.id());
    }
}
