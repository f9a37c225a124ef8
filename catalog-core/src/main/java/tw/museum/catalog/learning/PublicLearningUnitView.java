package tw.museum.catalog.learning;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.vocabulary.TermRef;

/**
 * A published learning unit as the public sees it. Items whose artifact is not published (a draft, or
 * withdrawn since the unit was written) are left out here, so no page or export built on it can show them.
 */
public record PublicLearningUnitView(String slug, Bilingual title, Bilingual summary, List<TermRef> themes,
                                     AgeGroup ageGroup, Bilingual goals, Bilingual questions,
                                     List<Reference> references, List<PublicSection> sections,
                                     Instant publishedAt, Instant updatedAt) {

    /** The goals in a language (one per line), falling back to Chinese like every bilingual value. */
    public List<String> goalLines(String language) {
        return lines(goals, language);
    }

    public List<String> questionLines(String language) {
        return lines(questions, language);
    }

    /** Every artifact of the story once, in story order. */
    public List<PublicArtifactView> artifacts() {
        Map<String, PublicArtifactView> byNumber = new LinkedHashMap<>();
        sections.forEach(s -> s.items().forEach(i -> byNumber.putIfAbsent(i.artifact().objectNumber(), i.artifact())));
        return List.copyOf(byNumber.values());
    }

    /** The first image of the story, for cards and the e-book cover; null when there is none. */
    public PublicItem cover() {
        return sections.stream().flatMap(s -> s.items().stream()).filter(PublicItem::hasImage).findFirst().orElse(null);
    }

    static List<String> lines(Bilingual text, String language) {
        String value = text == null ? null : text.in(language);
        if (value == null) {
            return List.of();
        }
        return value.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
