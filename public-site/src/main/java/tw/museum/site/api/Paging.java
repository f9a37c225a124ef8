package tw.museum.site.api;

import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;

/** Checks paging parameters from the outside world and turns them into a page request. */
final class Paging {

    static final int MAX_SIZE = 200;
    static final int MAX_PAGE = 100_000;

    private Paging() {
    }

    static final int DEFAULT_SIZE = 20;

    /**
     * The page size: {@code pageSize}, the name every list and the search share; {@code size}, the name lists used
     * before, still read for one release (deprecated, see the API notes in the README).
     */
    static int pageSize(Integer pageSize, Integer size) {
        return pageSize != null ? pageSize : size != null ? size : DEFAULT_SIZE;
    }

    static Pageable of(int page, int size, String sort, Set<String> sortable, Sort defaultSort) {
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidRecordException(FieldProblem.of("page", "out-of-range", 0, MAX_PAGE));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRecordException(FieldProblem.of("pageSize", "out-of-range", 1, MAX_SIZE));
        }
        return PageRequest.of(page, size, sort(sort, sortable, defaultSort));
    }

    private static Sort sort(String sort, Set<String> sortable, Sort defaultSort) {
        if (sort == null || sort.isBlank()) {
            return defaultSort;
        }
        String[] parts = sort.split(",", 2);
        String property = parts[0].strip();
        if (!sortable.contains(property)) {
            throw new InvalidRecordException(FieldProblem.of("sort", "not-one-of", String.join(", ", sortable)));
        }
        boolean descending = parts.length > 1 && "desc".equalsIgnoreCase(parts[1].strip());
        return Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, property).and(Sort.by("id"));
    }
}
