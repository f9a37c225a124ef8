package tw.museum.site.staff;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import tw.museum.catalog.common.IllegalStepException;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;

/** Small shared helpers of the workspace controllers: flash messages and redirects. */
@Component
public class StaffPages {

    public static final String FLASH_OK = "flashOk";
    public static final String FLASH_ERRORS = "flashErrors";

    private final MessageSource messages;

    public StaffPages(MessageSource messages) {
        this.messages = messages;
    }

    public MessageSource messages() {
        return messages;
    }

    public String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public void ok(RedirectAttributes redirect, Locale locale, String key, Object... args) {
        redirect.addFlashAttribute(FLASH_OK, message(key, locale, args));
    }

    public void errors(RedirectAttributes redirect, List<String> texts) {
        redirect.addFlashAttribute(FLASH_ERRORS, texts);
    }

    /**
     * The texts of a procedure's page for a step it refused: {@code illegal} names the record's state, read
     * from {@code statusPrefix + state}; {@code stale} says someone else changed the record meanwhile.
     */
    public record StepTexts(String illegal, String statusPrefix, String stale) {
    }

    /**
     * Runs one step of a procedure (loan, donation, deaccession) from its page and reports the outcome on the
     * page {@code back} (Post/Redirect/Get): the ok message, the form's problems by field, or why the step is
     * not possible now.
     */
    public String step(String back, StepTexts texts, Locale locale, RedirectAttributes redirect, String okKey, Runnable step) {
        try {
            step.run();
            ok(redirect, locale, okKey);
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("problems", FormProblems.of(e.problems(), messages, locale));
        } catch (IllegalStepException e) {
            errors(redirect, List.of(message(texts.illegal(), locale, message(texts.statusPrefix() + e.currentState(), locale))));
        } catch (StaleVersionException e) {
            errors(redirect, List.of(message(texts.stale(), locale)));
        }
        return "redirect:" + back;
    }

    /** A path segment with everything outside unreserved characters encoded, slashes included (%2F). */
    public static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }

    /** Parses a page number from the query (1-based), clamped to a sane range, as a 0-based index. */
    public static int pageIndex(int page) {
        return Math.max(1, Math.min(page, 10_000)) - 1;
    }

    public static String trimmed(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String s = q.strip();
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
