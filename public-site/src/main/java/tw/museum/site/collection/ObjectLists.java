package tw.museum.site.collection;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.search.api.Facet;
import tw.museum.search.api.SearchHit;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.api.SearchResult;

/**
 * The published objects of one facet value (a maker, a term), for the person and term pages: the public
 * search finds them, the catalogue supplies the cards. No published object means no page (404).
 */
@Component
public class ObjectLists {

    private final SearchIndex search;
    private final ArtifactService artifacts;
    private final PublicLinks links;

    public ObjectLists(SearchIndex search, ArtifactService artifacts, PublicLinks links) {
        this.search = search;
        this.artifacts = artifacts;
        this.links = links;
    }

    /** One page of objects, the link to browse them all with facets, and the pager's links. */
    public record Listing(Page<PublicArtifactView> objects, String browseHref, String previous, String next) {
    }

    public Listing list(Facet facet, String value, String pageParameter) {
        int page = parsePage(pageParameter);
        BrowseQuery query = new BrowseQuery(null, java.util.Map.of(facet, java.util.Set.of(value)), null, page);
        SearchResult result = search.search(query.toSearchRequest());
        if (result.total() == 0) {
            throw new RecordNotFoundException(facet.parameterName(), value);
        }
        List<PublicArtifactView> cards = new ArrayList<>();
        for (SearchHit hit : result.hits()) {
            artifacts.findPublished(hit.objectNumber()).ifPresent(cards::add);
        }
        long total = Math.min(result.total(), (long) BrowseQuery.MAX_PAGE * BrowseQuery.PAGE_SIZE);
        Page<PublicArtifactView> objects = new PageImpl<>(cards, PageRequest.of(query.page() - 1, BrowseQuery.PAGE_SIZE), total);
        String self = links.currentPath();
        return new Listing(objects, links.path(query.withPage(1).path()),
                objects.hasPrevious() ? links.path(self + "?page=" + (query.page() - 1)) : null,
                objects.hasNext() ? links.path(self + "?page=" + (query.page() + 1)) : null);
    }

    private static int parsePage(String parameter) {
        try {
            return parameter == null ? 1 : Integer.parseInt(parameter.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
