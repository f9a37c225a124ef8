package tw.museum.catalog.vocabulary;

import tw.museum.catalog.common.Bilingual;

/** A term as shown to anyone: public, there is nothing restricted about vocabularies. */
public record TermView(long id, String vocabulary, String code, Bilingual label, Bilingual scopeNote,
                       String parentCode, boolean retired, long version) {

    public static TermView of(Term t) {
        return new TermView(t.getId(), t.getVocabulary().slug(), t.getCode(), t.getLabel(), t.getScopeNote(),
                t.getParent() == null ? null : t.getParent().getCode(), t.isRetired(), t.getVersion());
    }
}
