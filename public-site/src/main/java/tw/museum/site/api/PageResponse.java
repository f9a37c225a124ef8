package tw.museum.site.api;

import java.util.List;
import org.springframework.data.domain.Page;

/** One page of a list, with what a client needs to fetch the others. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }
}
