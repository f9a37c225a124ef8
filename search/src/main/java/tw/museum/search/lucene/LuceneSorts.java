package tw.museum.search.lucene;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import tw.museum.search.api.SortOrder;
import tw.museum.search.document.SearchFields;

/** Sort orders; ties always broken by object number, as in the Elasticsearch backend. */
final class LuceneSorts {
    private LuceneSorts() {
    }

    static Sort of(SortOrder order) {
        SortField byNumber = new SortField(SearchFields.OBJECT_NUMBER_KEY, SortField.Type.STRING);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byNumber);
            case OBJECT_NUMBER -> new Sort(byNumber);
            case YEAR_ASC -> new Sort(year(false), byNumber);
            case YEAR_DESC -> new Sort(year(true), byNumber);
            case UPDATED_DESC -> new Sort(new SortField(SearchFields.UPDATED_AT, SortField.Type.LONG, true), byNumber);
        };
    }

    private static SortField year(boolean descending) {
        SortField field = new SortField(SearchFields.EARLIEST_YEAR, SortField.Type.INT, descending);
        // Objects without a date go last either way.
        field.setMissingValue(descending ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        return field;
    }
}
