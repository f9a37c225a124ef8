package tw.museum.catalog.vocabulary;

import tw.museum.catalog.common.Bilingual;

/** What staff submit to create or change a term. {@code version} is the version the edit was made on. */
public record TermData(String code, Bilingual label, Bilingual scopeNote, String parentCode, Long version) {
}
