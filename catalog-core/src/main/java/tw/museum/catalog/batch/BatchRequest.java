package tw.museum.catalog.batch;

import java.util.List;

/**
 * A batch edit as staff ask for it: which field, what to do with it, the value, the records (object numbers,
 * already resolved from a search or a list) and, in their words, how those records were chosen.
 */
public record BatchRequest(String field, BatchOperation operation, BatchValue value, List<String> objectNumbers,
                           String selection) {

    public BatchRequest {
        value = value == null ? BatchValue.none() : value;
        objectNumbers = objectNumbers == null ? List.of() : objectNumbers;
    }
}
