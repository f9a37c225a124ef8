package tw.museum.site.staff.searchindex;

import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.museum.catalog.change.ChangeFeed;
import tw.museum.search.api.Audience;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.catalog.SearchRebuilder;
import tw.museum.site.security.AdministratorsOnly;
import tw.museum.site.staff.StaffPages;

/**
 * The search index for administrators: which backend answers, how many records the public and staff find,
 * how many committed changes still wait for indexing, and the full rebuild from the catalogue (the same
 * rebuild as {@code POST /api/v1/search/rebuild}; search keeps answering from the old index meanwhile).
 */
@Controller
public class SearchIndexPageController {

    private final SearchIndex index;
    private final SearchRebuilder rebuilder;
    private final ChangeFeed feed;
    private final StaffPages pages;

    public SearchIndexPageController(SearchIndex index, SearchRebuilder rebuilder, ChangeFeed feed, StaffPages pages) {
        this.index = index;
        this.rebuilder = rebuilder;
        this.feed = feed;
        this.pages = pages;
    }

    @GetMapping("/staff/search-index")
    @AdministratorsOnly
    public String show(Model model) {
        model.addAttribute("health", index.health());
        model.addAttribute("publicCount", index.count(Audience.PUBLIC));
        model.addAttribute("staffCount", index.count(Audience.STAFF));
        model.addAttribute("backlog", feed.backlog());
        return "staff/search-index";
    }

    @PostMapping("/staff/search-index/rebuild")
    @AdministratorsOnly
    public String rebuild(RedirectAttributes redirect, Locale locale) {
        long start = System.nanoTime();
        long indexed = rebuilder.rebuild();
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        pages.ok(redirect, locale, "staff.searchIndex.rebuilt", indexed, seconds);
        return "redirect:/staff/search-index";
    }
}
