package tw.museum.catalog.vocabulary;

import tw.museum.catalog.common.Bilingual;

/** A reference to a term inside another record: its code and label. */
public record TermRef(String vocabulary, String code, Bilingual label) {

    public static TermRef of(Term t) {
        return t == null ? null : new TermRef(t.getVocabulary().slug(), t.getCode(), t.getLabel());
    }
}
