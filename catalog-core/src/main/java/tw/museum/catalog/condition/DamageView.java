package tw.museum.catalog.condition;

import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.vocabulary.TermRef;

public record DamageView(TermRef term, Bilingual location) {
}
