package tw.museum.site.batch;

import java.util.List;

/**
 * The records a batch works on and how they were chosen, stored with the batch as "kind:detail" (search: the
 * staff list's query string; list: how many numbers were pasted; file: the uploaded file's name) so the batch
 * page can say it in the reader's language and link back to the search.
 */
public record BatchSelection(List<String> objectNumbers, Kind kind, String detail) {

    public enum Kind { SEARCH, LIST, FILE }

    public String stored() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + detail;
    }

    /** The kind and detail of a stored selection, for display; null when it was made otherwise (the API). */
    public static BatchSelection parse(String stored) {
        if (stored != null) {
            for (Kind kind : Kind.values()) {
                String prefix = kind.name().toLowerCase(java.util.Locale.ROOT) + ":";
                if (stored.startsWith(prefix)) {
                    return new BatchSelection(List.of(), kind, stored.substring(prefix.length()));
                }
            }
        }
        return null;
    }
}
