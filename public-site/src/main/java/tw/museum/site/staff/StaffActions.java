package tw.museum.site.staff;

import java.util.List;
import java.util.Locale;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.museum.catalog.common.IllegalStepException;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;

/**
 * Runs a one-button step of a workspace page (publish, move, approve ...) and turns what can go wrong into
 * flash messages for the redirect: a stale version, a concurrent edit, a step the record is not ready for,
 * field problems. The record itself is left as it was.
 */
@Component
public class StaffActions {

    private final StaffPages pages;

    public StaffActions(StaffPages pages) {
        this.pages = pages;
    }

    /** Runs {@code action}; on success flashes {@code okKey} with {@code args}. */
    public void run(Runnable action, Locale locale, RedirectAttributes redirect, String okKey, Object... args) {
        try {
            action.run();
            pages.ok(redirect, locale, okKey, args);
        } catch (StaleVersionException e) {
            pages.errors(redirect, List.of(pages.message("problem.detail.stale-version", locale, e.key(),
                    e.submittedVersion() == null ? "?" : e.submittedVersion(), e.currentVersion())));
        } catch (ObjectOptimisticLockingFailureException e) {
            pages.errors(redirect, List.of(pages.message("problem.detail.concurrent-edit", locale)));
        } catch (IllegalStepException e) {
            pages.errors(redirect, List.of(pages.message("problem.detail.illegal-step", locale,
                    pages.message("step.state." + e.currentState(), locale), pages.message("step.state." + e.neededState(), locale))));
        } catch (InvalidRecordException e) {
            FormProblems problems = FormProblems.of(e.problems(), pages.messages(), locale);
            pages.errors(redirect, problems.all().values().stream().flatMap(List::stream).toList());
        }
    }

    /** The stale-version message for a refused form. */
    public String stale(StaleVersionException e, Locale locale) {
        return pages.message("problem.detail.stale-version", locale, e.key(),
                e.submittedVersion() == null ? "?" : e.submittedVersion(), e.currentVersion());
    }
}
