package tw.museum.catalog.common;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A human-readable value in Traditional Chinese (the catalogue's first language) and English.
 * Blank strings are normalised to {@code null} so "not filled" has one representation.
 */
public record Bilingual(String zh, String en) {

    public Bilingual {
        zh = blankToNull(zh);
        en = blankToNull(en);
    }

    public static Bilingual of(String zh, String en) {
        return new Bilingual(zh, en);
    }

    public static Bilingual empty() {
        return new Bilingual(null, null);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return zh == null && en == null;
    }

    /** The English value when present, otherwise the Chinese one (the record's first language). */
    public String preferEnglish() {
        return en != null ? en : zh;
    }

    /** The text for a language tag ("en" or anything else for Chinese), falling back to Chinese. */
    public String in(String language) {
        return "en".equals(language) ? preferEnglish() : (zh != null ? zh : en);
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String trimmed = s.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
