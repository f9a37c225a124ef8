package tw.museum.site.search;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriUtils;
import tw.museum.search.api.Audience;
import tw.museum.search.api.EntryType;
import tw.museum.search.api.Facet;
import tw.museum.search.api.FacetCount;
import tw.museum.search.api.InvalidSearchRequestException;
import tw.museum.search.api.SearchHit;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.api.SearchLimits;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.api.SearchResult;
import tw.museum.search.insight.SearchQueryLog;
import tw.museum.site.collection.PageMeta;
import tw.museum.site.collection.PublicLinks;
import tw.museum.site.collection.Snippet;
import tw.museum.site.security.Viewer;

/**
 * The one search box for everything public: objects, people and organisations, vocabulary terms and learning
 * units in one ranked answer, each hit typed, with a facet by type ({@code type=person} narrows to people).
 * Typo-tolerant: an approximate answer says so and offers the corrected query. Server-rendered, no script needed.
 */
@Controller
public class SiteSearchController {
    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE = SearchLimits.MAX_RESULT_WINDOW / PAGE_SIZE;

    private final SearchIndex index;
    private final PublicLinks links;
    private final SearchQueryLog queryLog;

    public SiteSearchController(SearchIndex index, PublicLinks links, SearchQueryLog queryLog) {
        this.index = index;
        this.links = links;
        this.queryLog = queryLog;
    }

    /** One hit as the page shows it: its type, title in the page's language (or the other), link and passage. */
    public record Hit(String type, String title, String titleLang, String href, Snippet snippet) {
    }

    /** A type the answer has, with its count and the link that narrows to it (or, when chosen, widens again). */
    public record TypeLink(String type, long count, String href, boolean current) {
    }

    @GetMapping("/search")
    public String search(HttpServletRequest request, Model model) {
        String q = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
        if (q.length() > SearchLimits.MAX_QUERY_LENGTH) {
            q = q.substring(0, SearchLimits.MAX_QUERY_LENGTH);
        }
        EntryType chosen = type(request.getParameter("type"));
        int page = page(request.getParameter("page"));
        SearchRequest.Builder builder = SearchRequest.builder().query(q).allTypes().page(page).pageSize(PAGE_SIZE)
                .facets(Facet.TYPE).audience(Audience.PUBLIC);
        if (chosen != null) {
            builder.filter(Facet.TYPE, chosen.code());
        }
        SearchResult result;
        try {
            result = q.isEmpty() ? SearchResult.empty() : index.search(builder.build());
        } catch (InvalidSearchRequestException e) {
            result = SearchResult.empty();
        }
        if (!q.isEmpty() && page == 1 && chosen == null && !Viewer.isStaff()) {
            queryLog.record(q, result.total());
        }
        String language = LocaleContextHolder.getLocale().getLanguage();
        List<Hit> hits = new ArrayList<>();
        for (SearchHit hit : result.hits()) {
            boolean english = "en".equals(language) && hit.titleEn() != null || hit.titleZh() == null;
            hits.add(new Hit(hit.type().code(), english ? hit.titleEn() : hit.titleZh(), english ? "en" : "zh-Hant",
                    links.path(path(hit)), Snippet.best(hit.highlights(), language)));
        }
        List<TypeLink> types = new ArrayList<>();
        for (FacetCount count : result.facets().getOrDefault(Facet.TYPE, List.of())) {
            boolean current = chosen != null && chosen.code().equals(count.value());
            types.add(new TypeLink(count.value(), count.count(), links.path(url(q, current ? null : count.value(), 1)), current));
        }
        long pages = Math.min(MAX_PAGE, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        String typeCode = chosen == null ? null : chosen.code();
        model.addAttribute("q", q);
        model.addAttribute("total", result.total());
        model.addAttribute("hits", hits);
        model.addAttribute("types", types);
        model.addAttribute("approximate", result.approximate());
        model.addAttribute("didYouMean", result.didYouMean());
        model.addAttribute("didYouMeanHref", result.didYouMean() == null ? null : links.path(url(result.didYouMean(), typeCode, 1)));
        model.addAttribute("allTypesHref", chosen == null ? null : links.path(url(q, null, 1)));
        model.addAttribute("previous", page > 1 ? links.path(url(q, typeCode, page - 1)) : null);
        model.addAttribute("next", page < pages ? links.path(url(q, typeCode, page + 1)) : null);
        model.addAttribute("meta", PageMeta.website(q));
        return "public/search";
    }

    /** Where each type of entry lives on the public site. */
    static String path(SearchHit hit) {
        return switch (hit.type()) {
            case OBJECT -> PublicLinks.objectPath(hit.objectNumber());
            case PERSON -> "/people/" + UriUtils.encodePathSegment(hit.objectNumber(), StandardCharsets.UTF_8);
            case TERM -> "/terms/" + hit.objectNumber(); // vocabulary/code: both URL-safe by their formats
            case LEARNING_UNIT -> "/learn/" + UriUtils.encodePathSegment(hit.objectNumber(), StandardCharsets.UTF_8);
        };
    }

    private static String url(String q, String type, int page) {
        StringBuilder url = new StringBuilder("/search?q=").append(encode(q));
        if (type != null) {
            url.append("&type=").append(type);
        }
        if (page > 1) {
            url.append("&page=").append(page);
        }
        return url.toString();
    }

    private static EntryType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EntryType.fromParameter("type", value);
        } catch (InvalidSearchRequestException unknown) {
            return null; // a typed or shared URL: show everything rather than an error
        }
    }

    private static int page(String value) {
        try {
            return value == null ? 1 : Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String encode(String value) {
        return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8).replace("+", "%2B");
    }
}
