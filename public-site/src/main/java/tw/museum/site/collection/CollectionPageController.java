package tw.museum.site.collection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageImpl;
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
import tw.museum.search.api.Audience;
import tw.museum.search.api.InvalidSearchRequestException;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.api.SearchLimits;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.api.SearchResult;
import tw.museum.search.api.SortOrder;

/** The public side of the collection: home, browsing and object pages. Only published records appear. */
@Controller
public class CollectionPageController {

    private static final int PAGE_SIZE = 24;
    private static final int MAX_PAGE = 400; // the search pages through the first 10,000 results

    private final ArtifactService artifacts;
    private final SearchIndex search;

    public CollectionPageController(ArtifactService artifacts, SearchIndex search) {
        this.artifacts = artifacts;
        this.search = search;
    }

    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("highlights", artifacts.listPublished(ArtifactFilter.none(),
                PageRequest.of(0, 8, Sort.by(Sort.Direction.DESC, "publishedAt").and(Sort.by("id")))).getContent());
        model.addAttribute("publishedCount", artifacts.countByStatus(ArtifactStatus.PUBLISHED));
        return "public/home";
    }

    /**
     * Browsing and searching: the search index ranks and pages, the catalogue supplies what the cards
     * show. A query the search refuses (an unbalanced quote) shows no results rather than an error page.
     */
    @GetMapping("/objects")
    public String browse(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
                         Model model) {
        int number = Math.max(1, Math.min(page, MAX_PAGE));
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && query.length() > SearchLimits.MAX_QUERY_LENGTH) {
            query = query.substring(0, SearchLimits.MAX_QUERY_LENGTH);
        }
        model.addAttribute("q", query);
        SearchResult result;
        try {
            result = search.search(SearchRequest.builder().query(query).page(number).pageSize(PAGE_SIZE)
                    .sort(query == null ? SortOrder.OBJECT_NUMBER : SortOrder.RELEVANCE)
                    .audience(Audience.PUBLIC).build());
        } catch (InvalidSearchRequestException e) {
            result = new SearchResult(0, List.of(), null, null);
        }
        List<PublicArtifactView> cards = result.objectNumbers().stream()
                .map(artifacts::findPublished).flatMap(Optional::stream).toList();
        model.addAttribute("results", new PageImpl<>(cards, PageRequest.of(number - 1, PAGE_SIZE),
                Math.min(result.total(), (long) MAX_PAGE * PAGE_SIZE)));
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
