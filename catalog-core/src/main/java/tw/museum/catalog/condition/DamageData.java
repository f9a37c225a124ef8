package tw.museum.catalog.condition;

import tw.museum.catalog.common.Bilingual;

/** One damage seen: a code of the CONDITION vocabulary ("cracking") and where on the object it is. */
public record DamageData(String term, Bilingual location) {
}
