package tw.museum.catalog.learning;

import java.time.Instant;
import java.util.List;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.vocabulary.TermRef;

/** A published unit in a list: enough for a card (the cover is a public image's media id, or null). */
public record UnitSummary(String slug, Bilingual title, Bilingual summary, List<TermRef> themes, AgeGroup ageGroup,
                          Long coverMediaId, Instant publishedAt) {
}
