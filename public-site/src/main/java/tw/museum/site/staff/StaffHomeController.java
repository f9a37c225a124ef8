package tw.museum.site.staff;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tw.museum.catalog.artifact.ArtifactFilter;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.vocabulary.Vocabulary;
import tw.museum.site.security.StaffOnly;

/** The sign-in page and the workspace dashboard. */
@Controller
public class StaffHomeController {

    private final ArtifactService artifacts;

    public StaffHomeController(ArtifactService artifacts) {
        this.artifacts = artifacts;
    }

    /** Spring Security handles the POST; this only shows the form (with ?error after a failed attempt). */
    @GetMapping("/staff/login")
    public String login(@org.springframework.web.bind.annotation.RequestParam(required = false) String error,
                        @org.springframework.web.bind.annotation.RequestParam(required = false) String logout,
                        @org.springframework.web.bind.annotation.RequestParam(required = false) String throttled, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("throttled", throttled != null);
        model.addAttribute("signedOut", logout != null);
        return "staff/login";
    }

    @GetMapping("/staff")
    @StaffOnly
    public String dashboard(Model model) {
        model.addAttribute("draftCount", artifacts.countByStatus(ArtifactStatus.DRAFT));
        model.addAttribute("publishedCount", artifacts.countByStatus(ArtifactStatus.PUBLISHED));
        model.addAttribute("withdrawnCount", artifacts.countByStatus(ArtifactStatus.WITHDRAWN));
        model.addAttribute("recent", artifacts.list(ArtifactFilter.none(),
                PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by("id")))).getContent());
        model.addAttribute("vocabularies", Vocabulary.values());
        return "staff/dashboard";
    }
}
