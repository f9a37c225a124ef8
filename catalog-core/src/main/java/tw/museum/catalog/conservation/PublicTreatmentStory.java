package tw.museum.catalog.conservation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.common.Bilingual;

/**
 * A published story as the public sees it: the public text, the chosen photos, the month of the treatment,
 * and the conservator's name only when they agreed to it. A separate type, so nothing else of the treatment
 * record (grade, damages, internal notes, other photos) can reach a page built on it.
 */
public record PublicTreatmentStory(long id, PublicArtifactView artifact, Bilingual title, Bilingual summary,
                                   Bilingual body, LocalDate treatedOn, String conservator,
                                   List<PublicStoryPhoto> photos, Instant publishedAt) {

    /** The paragraphs of the story in a language (blank lines separate them), falling back to Chinese. */
    public List<String> paragraphs(String language) {
        String text = body.in(language);
        return text == null ? List.of() : List.of(text.split("\\R\\s*\\R")).stream().map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    /** The photo for cards: the first taken after the work, else the first. */
    public PublicStoryPhoto cover() {
        return photos.stream().filter(p -> p.stage() == PhotoStage.AFTER).findFirst()
                .orElse(photos.isEmpty() ? null : photos.get(0));
    }
}
