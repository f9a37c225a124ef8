package tw.museum.catalog.exhibition;

import java.time.LocalDate;
import java.util.List;
import tw.museum.catalog.common.Bilingual;

/**
 * A published exhibition as the public sees it: no display notes, location or installation state, and only
 * its published objects, so no page or answer built on it can show more.
 */
public record PublicExhibitionView(String number, Bilingual title, Bilingual description, Bilingual venue,
                                   ExhibitionKind kind, String curator, LocalDate opensOn, LocalDate closesOn,
                                   ExhibitionPhase phase, List<PublicExhibit> objects) {

    /** The first image among the objects, for cards and link previews; null when there is none. */
    public PublicExhibit cover() {
        return objects.stream().filter(o -> o.image() != null).findFirst().orElse(null);
    }
}
