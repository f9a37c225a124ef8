package tw.museum.search.document;

import java.util.List;
import tw.museum.search.api.Audience;
import tw.museum.search.document.FieldWeight.Language;

/**
 * The order staff agreed on: exact object number and exact title first, then title words, makers,
 * classification, materials, subjects/places, description. Both backends build their queries from this.
 */
public final class RelevanceWeights {
    public static final float OBJECT_NUMBER_EXACT = 1000f;
    public static final float OBJECT_NUMBER_PREFIX = 200f;
    public static final float TITLE_EXACT = 100f;
    public static final float TITLE_PHRASE = 8f;
    /** dis_max tie breaker: the best field counts fully, the others a little. */
    public static final float TIE_BREAKER = 0.1f;
    /**
     * Added to every exact match when a typo-tolerant search runs, so exact matches rank above every match found
     * by respelling (no approximate score comes near it: the sum of all other weights is far below).
     */
    public static final float EXACT_OVER_APPROXIMATE = 100_000f;
    /** Edit-distance matching starts after this many unchanged leading characters (as Elasticsearch's prefix_length). */
    public static final int FUZZY_PREFIX_LENGTH = 1;
    /** Terms one approximate word may expand to (Lucene's and Elasticsearch's default). */
    public static final int FUZZY_MAX_EXPANSIONS = 50;
    /** A search finding fewer than this many entries retries its unknown words as the index spells them. */
    public static final int TYPO_FALLBACK_BELOW = 3;

    private static final List<FieldWeight> PUBLIC_FIELDS = List.of(
            new FieldWeight(SearchFields.TITLE_ZH, Language.CHINESE, 10f),
            new FieldWeight(SearchFields.TITLE_EN, Language.ENGLISH, 10f),
            new FieldWeight(SearchFields.MAKER_ZH, Language.CHINESE, 6f),
            new FieldWeight(SearchFields.MAKER_EN, Language.ENGLISH, 6f),
            new FieldWeight(SearchFields.CLASSIFICATION_ZH, Language.CHINESE, 4f),
            new FieldWeight(SearchFields.CLASSIFICATION_EN, Language.ENGLISH, 4f),
            new FieldWeight(SearchFields.MATERIAL_ZH, Language.CHINESE, 3f),
            new FieldWeight(SearchFields.MATERIAL_EN, Language.ENGLISH, 3f),
            new FieldWeight(SearchFields.SUBJECT_ZH, Language.CHINESE, 2f),
            new FieldWeight(SearchFields.SUBJECT_EN, Language.ENGLISH, 2f),
            new FieldWeight(SearchFields.DESCRIPTION_ZH, Language.CHINESE, 1f),
            new FieldWeight(SearchFields.DESCRIPTION_EN, Language.ENGLISH, 1f),
            new FieldWeight(SearchFields.DOCUMENT_TEXT, Language.CHINESE, 0.8f),
            new FieldWeight(SearchFields.ALL_BIGRAM, Language.BIGRAM, 0.5f),
            new FieldWeight(SearchFields.TITLE_UNIGRAM, Language.UNIGRAM, 3f, true),
            new FieldWeight(SearchFields.ALL_UNIGRAM, Language.UNIGRAM, 0.4f, true));
    private static final FieldWeight RESTRICTED = new FieldWeight(SearchFields.RESTRICTED, Language.CHINESE, 1f);
    private static final List<FieldWeight> STAFF_FIELDS = concat(PUBLIC_FIELDS, RESTRICTED);

    private RelevanceWeights() {
    }

    public static List<FieldWeight> textFields(Audience audience) {
        return audience.seesRestricted() ? STAFF_FIELDS : PUBLIC_FIELDS;
    }

    public static List<FieldWeight> allTextFields() {
        return STAFF_FIELDS;
    }

    private static List<FieldWeight> concat(List<FieldWeight> fields, FieldWeight extra) {
        java.util.ArrayList<FieldWeight> all = new java.util.ArrayList<>(fields);
        all.add(extra);
        return List.copyOf(all);
    }
}
