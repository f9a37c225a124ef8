package tw.museum.search.document;

/** Field names shared by both backends, so queries, mappings and tests speak of the same fields. */
public final class SearchFields {
    public static final String OBJECT_NUMBER = "object_number";
    public static final String OBJECT_NUMBER_KEY = "object_number_key";
    public static final String TITLE_KEY = "title_key";
    public static final String SUGGEST_KEY = "suggest_key";
    public static final String STATUS = "status";
    public static final String TITLE_ZH = "title_zh";
    public static final String TITLE_EN = "title_en";
    public static final String MAKER_ZH = "maker_zh";
    public static final String MAKER_EN = "maker_en";
    public static final String MAKER_ID = "maker_id";
    public static final String CLASSIFICATION_ZH = "classification_zh";
    public static final String CLASSIFICATION_EN = "classification_en";
    public static final String MATERIAL_ZH = "material_zh";
    public static final String MATERIAL_EN = "material_en";
    public static final String SUBJECT_ZH = "subject_zh";
    public static final String SUBJECT_EN = "subject_en";
    public static final String DESCRIPTION_ZH = "description_zh";
    public static final String DESCRIPTION_EN = "description_en";
    /** Every Chinese text field again, as overlapping bigrams: recall for words the dictionary splits oddly. */
    public static final String ALL_BIGRAM = "all_bigram";
    /** Chinese title, and every Chinese text field, one Han character a token: for one-character queries. */
    public static final String TITLE_UNIGRAM = "title_unigram";
    public static final String ALL_UNIGRAM = "all_unigram";
    /** Text of attached documents the public may read. */
    public static final String DOCUMENT_TEXT = "document_text";
    /** Words of published public text, unstemmed: where "did you mean" finds its spellings. */
    public static final String SPELL = "spell";
    /** Epoch milliseconds before which the public does not see the entry (0: at once). */
    public static final String VISIBLE_FROM = "visible_from";
    /** Storage location, internal notes and documents the public may not read: staff only. */
    public static final String RESTRICTED = "restricted";
    public static final String EARLIEST_YEAR = "earliest_year";
    public static final String LATEST_YEAR = "latest_year";
    public static final String UPDATED_AT = "updated_at";
    public static final String SOURCE = "source";
    /** Lucene only: what a hit shows, restricted fields included, as doc values (read without decompressing the source). */
    public static final String HIT = "hit";

    private SearchFields() {
    }
}
