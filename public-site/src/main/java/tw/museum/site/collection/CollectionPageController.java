package tw.museum.site.collection;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tw.museum.catalog.artifact.ArtifactFilter;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.common.RecordNotFoundException;

/** The public side of the collection: home, browsing and object pages. Only published records appear. */
@Controller
public class CollectionPageController {

    private static final int PAGE_SIZE = 24;
    private static final int MAX_PAGE = 10_000;

    private final ArtifactService artifacts;

    public CollectionPageController(ArtifactService artifacts) {
        this.artifacts = artifacts;
    }

    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("highlights", artifacts.listPublished(ArtifactFilter.none(),
                PageRequest.of(0, 8, Sort.by(Sort.Direction.DESC, "publishedAt").and(Sort.by("id")))).getContent());
        model.addAttribute("publishedCount", artifacts.countByStatus(ArtifactStatus.PUBLISHED));
        return "public/home";
    }

    @GetMapping("/objects")
    public String browse(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
                         Model model) {
        int index = Math.max(1, Math.min(page, MAX_PAGE)) - 1;
        String query = q == null ? null : q.strip();
        if (query != null && query.length() > 200) {
            query = query.substring(0, 200);
        }
        model.addAttribute("q", query);
        model.addAttribute("results", artifacts.listPublished(
                new ArtifactFilter(query, null, null, null, null, null, null),
                PageRequest.of(index, PAGE_SIZE, Sort.by("objectNumber"))));
        return "public/objects";
    }

    @GetMapping("/objects/{objectNumber}")
    public String object(@PathVariable String objectNumber, Model model) {
        PublicArtifactView artifact = artifacts.findPublished(objectNumber)
                .orElseThrow(() -> new RecordNotFoundException(ArtifactService.AUDIT_TYPE, objectNumber));
        model.addAttribute("artifact", artifact);
        return "public/object";
    }
}
