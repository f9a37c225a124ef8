package tw.museum.site.location;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.ArtifactFilter;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.location.Destination;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.LocationView;
import tw.museum.catalog.location.MoveRequest;
import tw.museum.catalog.location.MoveResult;
import tw.museum.catalog.location.MovementReason;
import tw.museum.catalog.location.MovementService;
import tw.museum.search.api.Audience;
import tw.museum.search.api.Facet;
import tw.museum.search.api.InvalidSearchRequestException;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.api.SearchLimits;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.api.SearchResult;

/**
 * Bulk moves for the workspace and the API alike: turns a {@link MoveSelection} into object numbers and
 * hands them to {@link MovementService#move} in one request (one transaction, one movement each).
 */
@Component
public class BulkMoves {

    private final MovementService movements;
    private final LocationService locations;
    private final ArtifactService artifacts;
    private final SearchIndex search;

    public BulkMoves(MovementService movements, LocationService locations, ArtifactService artifacts, SearchIndex search) {
        this.movements = movements;
        this.locations = locations;
        this.artifacts = artifacts;
        this.search = search;
    }

    public MoveResult move(MoveSelection selection, Destination to, MovementReason reason,
                           String reference, String note, Instant movedAt, boolean setHome) {
        return movements.move(new MoveRequest(numbers(selection), to, reason, reference, note, movedAt, setHome));
    }

    /** Every number the selection names, each once, listed ones first. */
    public List<String> numbers(MoveSelection selection) {
        Set<String> numbers = new LinkedHashSet<>(selection.objectNumbers());
        if (selection.fromLocation() != null && !selection.fromLocation().isBlank()) {
            LocationView from = locations.findByCode(selection.fromLocation()).orElseThrow(() ->
                    new InvalidRecordException(FieldProblem.of("fromLocation", "unknown-location", selection.fromLocation())));
            numbers.addAll(movements.objectNumbersAt(from.id(), Boolean.TRUE.equals(selection.inside())));
        }
        if (selection.query() != null && !selection.query().isBlank() || selection.status() != null
                && !selection.status().isBlank()) {
            numbers.addAll(searched(selection));
        }
        return new ArrayList<>(numbers);
    }

    /**
     * What the workspace's artifact list shows for the same words, status and classification: words alone
     * go to the search index (as staff), a status filter to the catalogue.
     */
    private List<String> searched(MoveSelection s) {
        ArtifactStatus status = status(s.status());
        String q = s.query() == null || s.query().isBlank() ? null : s.query().strip();
        String classification = s.classification() == null || s.classification().isBlank() ? null : s.classification().strip();
        List<String> found = new ArrayList<>();
        if (q != null && status == null) {
            for (int page = 1; found.size() < SearchLimits.MAX_RESULT_WINDOW; page++) {
                SearchRequest.Builder request = SearchRequest.builder().query(q).page(page)
                        .pageSize(SearchLimits.MAX_PAGE_SIZE).audience(Audience.STAFF);
                if (classification != null) {
                    request.filter(Facet.CLASSIFICATION, classification);
                }
                SearchResult result;
                try {
                    result = search.search(request.build());
                } catch (InvalidSearchRequestException e) {
                    throw new InvalidRecordException(FieldProblem.of("query", "bad-query"));
                }
                found.addAll(result.objectNumbers());
                if (result.objectNumbers().size() < SearchLimits.MAX_PAGE_SIZE) {
                    break;
                }
            }
            return found;
        }
        ArtifactFilter filter = new ArtifactFilter(q, status, classification, null, null, null, null);
        for (int page = 0; found.size() <= MovementService.MAX_OBJECTS; page++) {
            Page<ArtifactView> views = artifacts.list(filter, PageRequest.of(page, 500, Sort.by("objectNumber")));
            views.forEach(v -> found.add(v.objectNumber()));
            if (!views.hasNext()) {
                break;
            }
        }
        return found;
    }

    private static ArtifactStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        for (ArtifactStatus s : ArtifactStatus.values()) {
            if (s.name().equalsIgnoreCase(status.strip())) {
                return s;
            }
        }
        throw new InvalidRecordException(FieldProblem.of("status", "not-one-of", Arrays.toString(ArtifactStatus.values())));
    }
}
