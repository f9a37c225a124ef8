package tw.museum.site.linkcheck;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.museum.catalog.linkcheck.LinkCheckService;
import tw.museum.catalog.linkcheck.LinkResult;
import tw.museum.site.security.CataloguersOnly;
import tw.museum.site.security.StaffOnly;
import tw.museum.site.staff.StaffPages;

/** The staff report of broken external links, and running the check on request. */
@Controller
@StaffOnly
public class LinkCheckPagesController {

    private final LinkCheckService linkCheck;
    private final StaffPages pages;

    public LinkCheckPagesController(LinkCheckService linkCheck, StaffPages pages) {
        this.linkCheck = linkCheck;
        this.pages = pages;
    }

    /** A record that links to a broken URL, with where staff edit it. */
    public record Source(String label, String path) {
    }

    /** A broken link with the records that hold it. */
    public record BrokenLink(LinkResult link, java.util.List<Source> sources) {
    }

    @GetMapping("/staff/links")
    public String report(Model model) {
        model.addAttribute("broken", linkCheck.broken().stream()
                .map(r -> new BrokenLink(r, r.sources().stream().map(LinkCheckPagesController::source).toList()))
                .toList());
        model.addAttribute("checked", linkCheck.checkedCount());
        model.addAttribute("lastRun", linkCheck.lastRun().orElse(null));
        return "learning/staff-links";
    }

    @PostMapping("/staff/links/check")
    @CataloguersOnly
    public String checkNow(Locale locale, RedirectAttributes redirect) {
        if (linkCheck.runNow()) {
            pages.ok(redirect, locale, "linkcheck.flash.done", linkCheck.checkedCount(), linkCheck.broken().size());
        } else {
            pages.ok(redirect, locale, "linkcheck.flash.busy");
        }
        return "redirect:/staff/links";
    }

    /** Where a source of a link is edited in the workspace. */
    public static Source source(String source) {
        if (source.startsWith(LinkResult.ARTIFACT)) {
            String number = source.substring(LinkResult.ARTIFACT.length());
            return new Source(number, "/staff/artifacts/" + StaffPages.segment(number) + "/edit");
        }
        if (source.startsWith(LinkResult.LEARNING_UNIT)) {
            String slug = source.substring(LinkResult.LEARNING_UNIT.length());
            return new Source(slug, "/staff/learning/" + slug + "/edit");
        }
        return new Source(source, null);
    }
}
