package tw.museum.site.staff.artifact;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.ArtifactFilter;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.search.api.Audience;
import tw.museum.search.api.Facet;
import tw.museum.search.api.InvalidSearchRequestException;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.api.SearchLimits;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.api.SearchResult;
import tw.museum.search.api.SortOrder;

/**
 * The staff's search for artifacts, as the list page offers it: words go to the search index, as staff
 * (ranked, with Chinese segmentation and variant folding, over drafts and restricted fields too); a status
 * filter, or no words, is the catalogue's job. The list shows a page of it; a batch edit takes all of it.
 */
@Component
public class StaffArtifactSearch {

    private final ArtifactService artifacts;
    private final SearchIndex search;

    public StaffArtifactSearch(ArtifactService artifacts, SearchIndex search) {
        this.artifacts = artifacts;
        this.search = search;
    }

    /** One page (0-based) of what the query finds. */
    public Page<ArtifactView> page(String query, ArtifactStatus status, String classification, int page, int size) {
        if (query != null && status == null) {
            return searchIndexed(query, classification, page, size);
        }
        return artifacts.list(new ArtifactFilter(query, status, classification, null, null, null, null),
                PageRequest.of(page, size, Sort.by("objectNumber")));
    }

    /**
     * The object numbers of everything the query finds, in object-number order; refused (InvalidRecordException
     * on "selection") when that is more than {@code max} or more than the search index can page through.
     */
    public List<String> objectNumbers(String query, ArtifactStatus status, String classification, int max) {
        if (query == null || status != null) {
            List<String> numbers = artifacts.objectNumbers(
                    new ArtifactFilter(query, status, classification, null, null, null, null), max);
            if (numbers.size() > max) {
                throw tooMany(max);
            }
            return numbers;
        }
        int limit = Math.min(max, SearchLimits.MAX_RESULT_WINDOW);
        List<String> numbers = new ArrayList<>();
        for (int page = 1; ; page++) {
            SearchResult result = search.search(request(query, classification, page, SearchLimits.MAX_PAGE_SIZE)
                    .sort(SortOrder.OBJECT_NUMBER).build());
            if (result.total() > limit) {
                throw tooMany(limit);
            }
            numbers.addAll(result.objectNumbers());
            if (result.hits().size() < SearchLimits.MAX_PAGE_SIZE || numbers.size() >= result.total()) {
                return numbers;
            }
        }
    }

    private static InvalidRecordException tooMany(int max) {
        return new InvalidRecordException(FieldProblem.of("selection", "batch-selection-too-large", max));
    }

    private Page<ArtifactView> searchIndexed(String query, String classification, int page, int size) {
        SearchResult result;
        try {
            result = search.search(request(query, classification, page + 1, size).build());
        } catch (InvalidSearchRequestException e) {
            return Page.empty(PageRequest.of(page, size));
        }
        List<ArtifactView> views = new ArrayList<>();
        for (String objectNumber : result.objectNumbers()) {
            try {
                views.add(artifacts.get(objectNumber));
            } catch (RecordNotFoundException removedSinceIndexed) {
                // the index catches up with the deletion on its next pass
            }
        }
        return new PageImpl<>(views, PageRequest.of(page, size), Math.min(result.total(), SearchLimits.MAX_RESULT_WINDOW));
    }

    private static SearchRequest.Builder request(String query, String classification, int page, int size) {
        SearchRequest.Builder request = SearchRequest.builder().query(query).page(page).pageSize(size)
                .audience(Audience.STAFF);
        if (classification != null) {
            request.filter(Facet.CLASSIFICATION, classification);
        }
        return request;
    }
}
