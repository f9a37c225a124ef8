package tw.museum.search.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import tw.museum.search.analysis.KeywordNormalizer;
import tw.museum.search.api.AttachedText;
import tw.museum.search.api.Maker;
import tw.museum.search.api.PublicationStatus;
import tw.museum.search.api.SearchDocument;

/**
 * Flattens a document into the searchable text fields (name → values) and its keyword keys.
 * Both backends index exactly these values, so differences can only come from the engines.
 */
public final class DocumentFields {
    /**
     * The English public text only: Chinese spellings are never offered (the index folds them to simplified forms,
     * see ForgivingSearch), and segmenting the Chinese text a further time was a fifth of all analysis.
     */
    private static final List<String> SPELLING_SOURCES = List.of(SearchFields.TITLE_EN, SearchFields.MAKER_EN,
            SearchFields.CLASSIFICATION_EN, SearchFields.MATERIAL_EN, SearchFields.SUBJECT_EN, SearchFields.DESCRIPTION_EN);
    private static final java.util.regex.Pattern HYPHENATED = java.util.regex.Pattern.compile("(\\p{L})-(\\p{L})");
    private final KeywordNormalizer normalizer;

    public DocumentFields(KeywordNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public Map<String, List<String>> text(SearchDocument doc) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        put(fields, SearchFields.TITLE_ZH, doc.titleZh());
        put(fields, SearchFields.TITLE_EN, doc.titleEn());
        doc.makers().forEach(m -> {
            put(fields, SearchFields.MAKER_ZH, m.nameZh());
            put(fields, SearchFields.MAKER_EN, m.nameEn());
            put(fields, SearchFields.MAKER_EN, joinedSyllables(m.nameEn()));
        });
        Stream.of(doc.objectName(), doc.classification()).filter(Objects::nonNull).forEach(t -> {
            put(fields, SearchFields.CLASSIFICATION_ZH, t.zh());
            put(fields, SearchFields.CLASSIFICATION_EN, t.en());
        });
        Stream.concat(doc.materials().stream(), doc.techniques().stream()).forEach(t -> {
            put(fields, SearchFields.MATERIAL_ZH, t.zh());
            put(fields, SearchFields.MATERIAL_EN, t.en());
        });
        Stream.concat(doc.subjects().stream(), doc.places().stream()).forEach(t -> {
            put(fields, SearchFields.SUBJECT_ZH, t.zh());
            put(fields, SearchFields.SUBJECT_EN, t.en());
        });
        put(fields, SearchFields.DESCRIPTION_ZH, doc.descriptionZh());
        put(fields, SearchFields.DESCRIPTION_EN, doc.descriptionEn());
        List<String> bigram = new ArrayList<>();
        for (String zhField : List.of(SearchFields.TITLE_ZH, SearchFields.MAKER_ZH, SearchFields.CLASSIFICATION_ZH,
                SearchFields.MATERIAL_ZH, SearchFields.SUBJECT_ZH, SearchFields.DESCRIPTION_ZH)) {
            bigram.addAll(fields.getOrDefault(zhField, List.of()));
        }
        if (!bigram.isEmpty()) {
            fields.put(SearchFields.ALL_BIGRAM, bigram);
            fields.put(SearchFields.ALL_UNIGRAM, List.copyOf(bigram));
        }
        put(fields, SearchFields.TITLE_UNIGRAM, doc.titleZh());
        for (AttachedText attached : doc.documents()) {
            put(fields, attached.restricted() ? SearchFields.RESTRICTED : SearchFields.DOCUMENT_TEXT, attached.text());
        }
        put(fields, SearchFields.RESTRICTED, doc.storageLocation());
        put(fields, SearchFields.RESTRICTED, doc.internalNotes());
        return fields;
    }

    /**
     * The words "did you mean" may offer: public text of entries the public sees now (never drafts, restricted
     * fields or documents, and not entries waiting for their publication time).
     */
    public List<String> spelling(SearchDocument doc, Map<String, List<String>> text) {
        if (doc.status() != PublicationStatus.PUBLISHED || doc.visibleFrom() != null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String field : SPELLING_SOURCES) {
            words.addAll(text.getOrDefault(field, List.of()));
        }
        return words;
    }

    /**
     * Romanised names write given names as hyphenated syllables (Lui Shou-kwan); people also type them joined
     * (Shoukwan). Null when the name has no hyphenated syllables.
     */
    static String joinedSyllables(String name) {
        if (name == null || !HYPHENATED.matcher(name).find()) {
            return null;
        }
        return HYPHENATED.matcher(name).replaceAll("$1$2");
    }

    public String objectNumberKey(SearchDocument doc) {
        return normalizer.normalize(doc.objectNumber());
    }

    public List<String> titleKeys(SearchDocument doc) {
        return distinctNormalized(Stream.of(doc.titleZh(), doc.titleEn()));
    }

    /**
     * Keys for suggestions as you type: each title and maker name normalised, plus the same from every later
     * word start, so "street" suggests "Ko Shing Street".
     */
    public List<String> suggestKeys(SearchDocument doc) {
        Set<String> keys = new LinkedHashSet<>();
        for (String text : suggestionTexts(doc, t -> t)) {
            String key = normalizer.normalize(text);
            if (key.isEmpty()) {
                continue;
            }
            keys.add(key);
            for (int i = 1; i < key.length(); i++) {
                if (key.charAt(i - 1) == ' ') {
                    keys.add(key.substring(i));
                }
            }
        }
        return List.copyOf(keys);
    }

    public static <T> List<T> suggestionTexts(SearchDocument doc, Function<String, T> wrap) {
        List<T> texts = new ArrayList<>();
        Stream.of(doc.titleZh(), doc.titleEn()).filter(DocumentFields::present).map(wrap).forEach(texts::add);
        for (Maker maker : doc.makers()) {
            Stream.of(maker.nameZh(), maker.nameEn()).filter(DocumentFields::present).map(wrap).forEach(texts::add);
        }
        return texts;
    }

    public KeywordNormalizer normalizer() {
        return normalizer;
    }

    private List<String> distinctNormalized(Stream<String> values) {
        return values.filter(DocumentFields::present).map(normalizer::normalize).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static void put(Map<String, List<String>> fields, String name, String value) {
        if (present(value)) {
            fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

}
