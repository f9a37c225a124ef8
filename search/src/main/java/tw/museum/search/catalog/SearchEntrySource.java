package tw.museum.search.catalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tw.museum.search.api.EntryType;
import tw.museum.search.api.SearchDocument;

/**
 * Where the entries of one type come from: the catalogue, read as it is now. The rebuild reads {@link #all()}, the
 * indexer {@link #find} for each change of {@link #recordType()} in the change feed. A new type of entry
 * (exhibitions) is one more bean of this interface.
 */
public interface SearchEntrySource {
    EntryType type();

    /** The change feed's record type whose keys this source reads. */
    String recordType();

    /** Every entry, read page by page. */
    Stream<SearchDocument> all();

    /** The entry as it is now; empty when the record is gone (its entry is deleted). */
    Optional<SearchDocument> find(String key);

    /** Other entries whose visibility may follow from this one's change (an object's makers and terms). */
    default List<Related> related(SearchDocument changed) {
        return List.of();
    }

    /** An entry of another source, by the change feed's record type and key. */
    record Related(String recordType, String key) {
    }
}
