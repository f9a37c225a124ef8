package tw.museum.site.collection;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tw.museum.catalog.artifact.ArtifactFilter;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.search.api.Facet;
import tw.museum.search.api.FacetCount;
import tw.museum.search.api.InvalidSearchRequestException;
import tw.museum.search.api.SearchHit;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.api.SearchResult;
import tw.museum.search.insight.SearchQueryLog;
import tw.museum.site.security.Viewer;

/** The public side of the collection: home and the browse/search page. Only published records appear. */
@Controller
public class CollectionPageController {

    private final ArtifactService artifacts;
    private final SearchIndex search;
    private final FacetLabels facetLabels;
    private final PublicLinks links;
    private final MessageSource messages;
    private final SearchQueryLog queryLog;

    public CollectionPageController(ArtifactService artifacts, SearchIndex search, FacetLabels facetLabels,
                                    PublicLinks links, MessageSource messages, SearchQueryLog queryLog) {
        this.queryLog = queryLog;
        this.artifacts = artifacts;
        this.search = search;
        this.facetLabels = facetLabels;
        this.links = links;
        this.messages = messages;
    }

    @GetMapping("/")
    public String home(Model model) {
        long count = artifacts.countByStatus(ArtifactStatus.PUBLISHED);
        model.addAttribute("highlights", artifacts.listPublished(ArtifactFilter.none(),
                PageRequest.of(0, 8, Sort.by(Sort.Direction.DESC, "publishedAt").and(Sort.by("id")))).getContent());
        model.addAttribute("publishedCount", count);
        model.addAttribute("meta", PageMeta.website(message("home.lead", count)));
        return "public/home";
    }

    /**
     * Browsing and searching: the search index ranks, counts facets and pages, the catalogue supplies what
     * the cards show. A query the search refuses (an unbalanced quote) shows no results, not an error page.
     */
    @GetMapping("/objects")
    public String browse(HttpServletRequest request, Model model) {
        BrowseQuery query = BrowseQuery.from(request.getParameterMap());
        SearchResult result;
        try {
            result = search.search(query.toSearchRequest());
        } catch (InvalidSearchRequestException e) {
            result = new SearchResult(0, List.of(), null, null);
        }
        if (query.query() != null && query.page() == 1 && query.filters().isEmpty() && !Viewer.isStaff()) {
            queryLog.record(query.query(), result.total()); // what visitors look for, for the staff's search insight
        }
        String language = LocaleContextHolder.getLocale().getLanguage();
        List<ResultCard> cards = new ArrayList<>();
        for (SearchHit hit : result.hits()) {
            artifacts.findPublished(hit.objectNumber()).ifPresent(a ->
                    cards.add(new ResultCard(a, Snippet.best(hit.highlights(), language))));
        }
        long total = Math.min(result.total(), (long) BrowseQuery.MAX_PAGE * BrowseQuery.PAGE_SIZE);
        var page = new PageImpl<>(cards, PageRequest.of(query.page() - 1, BrowseQuery.PAGE_SIZE), total);
        model.addAttribute("query", query);
        model.addAttribute("q", query.query());
        model.addAttribute("results", page);
        model.addAttribute("total", result.total());
        model.addAttribute("facets", facetGroups(query, result));
        model.addAttribute("chosen", chosen(query));
        model.addAttribute("sorts", sortLinks(query));
        model.addAttribute("previous", page.hasPrevious() ? links.path(query.withPage(query.page() - 1).path()) : null);
        model.addAttribute("next", page.hasNext() ? links.path(query.withPage(query.page() + 1).path()) : null);
        model.addAttribute("meta", PageMeta.website(message("objects.description")));
        return "public/objects";
    }

    /** A link per sort; the one in effect is marked. */
    public record SortLink(String name, String href, boolean current) {
    }

    /** A filter in effect, with the link that removes it. */
    public record Chosen(String facet, String label, String labelLang, String removeHref) {
    }

    private List<FacetGroup> facetGroups(BrowseQuery query, SearchResult result) {
        FacetLabels.Labeller labeller = facetLabels.labeller();
        List<FacetGroup> groups = new ArrayList<>();
        for (Facet facet : BrowseQuery.SHOWN_FACETS) {
            List<FacetGroup.Option> options = new ArrayList<>();
            List<FacetCount> counts = new ArrayList<>(result.facets().getOrDefault(facet, List.of()));
            if (facet == Facet.DECADE) {
                counts.sort(java.util.Comparator.comparingLong(c -> year(c.value()))); // periods read best in order
            }
            for (FacetCount count : counts) {
                FacetLabels.Label label = labeller.label(facet, count.value());
                options.add(new FacetGroup.Option(count.value(), label.text(), label.lang(), count.count(),
                        query.isSelected(facet, count.value()), links.path(query.toggle(facet, count.value()).path())));
            }
            if (!options.isEmpty()) {
                groups.add(new FacetGroup(facet.parameterName(), options));
            }
        }
        return groups;
    }

    private List<Chosen> chosen(BrowseQuery query) {
        FacetLabels.Labeller labeller = facetLabels.labeller();
        return query.chosen().stream().map(e -> {
            FacetLabels.Label label = labeller.label(e.getKey(), e.getValue());
            return new Chosen(e.getKey().parameterName(), label.text(), label.lang(),
                    links.path(query.toggle(e.getKey(), e.getValue()).path()));
        }).toList();
    }

    private List<SortLink> sortLinks(BrowseQuery query) {
        List<SortLink> sorts = new ArrayList<>();
        for (BrowseQuery.Sort sort : BrowseQuery.Sort.values()) {
            if (sort == BrowseQuery.Sort.RELEVANCE && query.query() == null) {
                continue; // nothing to be relevant to
            }
            sorts.add(new SortLink(sort.parameter(), links.path(query.withSort(sort).path()), sort == query.effectiveSort()));
        }
        return sorts;
    }

    private static long year(String decade) {
        try {
            return Long.parseLong(decade);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }

}
