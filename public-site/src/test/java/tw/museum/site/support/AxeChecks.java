package tw.museum.site.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * axe-core (WCAG 2.1 AA) on the page a browser shows: no violations, every image with a text alternative,
 * and no sideways scrolling on a phone. One place for what each browser test checks.
 */
public final class AxeChecks {

    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private AxeChecks() {
    }

    public static void assertAccessible(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(results.getPasses()).as(page + ": axe ran its checks").isNotEmpty();
        assertThat(violations).as(page + ": " + describe(violations)).isEmpty();
        for (WebElement img : driver.findElements(By.tagName("img"))) {
            assertThat(img.getAttribute("alt")).as(page + ": text alternative of " + img.getAttribute("src")).isNotBlank();
        }
    }

    /** How far the page scrolls sideways (0 or less: it fits the window). */
    public static long sidewaysOverflow(WebDriver driver) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    }

    static String describe(List<Rule> violations) {
        return violations.stream().map(r -> r.getId() + " (" + r.getHelp() + "): "
                + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
