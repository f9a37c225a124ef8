package tw.museum.search.catalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tw.museum.catalog.change.ChangeFeed;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.learning.LearningUnitService;
import tw.museum.catalog.learning.LearningUnitView;
import tw.museum.catalog.learning.SectionView;
import tw.museum.search.api.EntryType;
import tw.museum.search.api.PublicationStatus;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.Term;

/**
 * Learning units: title, summary and the text of their sections, themes as subjects. A scheduled unit is indexed
 * as published from its publication time ({@code visibleFrom}), so it appears when its time comes with nothing to
 * run then, as on its page; a draft is staff only.
 */
@Component
public class LearningUnitEntries implements SearchEntrySource {
    private final LearningUnitService units;

    public LearningUnitEntries(LearningUnitService units) {
        this.units = units;
    }

    @Override
    public EntryType type() {
        return EntryType.LEARNING_UNIT;
    }

    @Override
    public String recordType() {
        return ChangeFeed.LEARNING_UNIT;
    }

    @Override
    public Stream<SearchDocument> all() {
        return units.list().stream().map(LearningUnitEntries::of);
    }

    @Override
    public Optional<SearchDocument> find(String key) {
        try {
            return Optional.of(of(units.get(key)));
        } catch (RecordNotFoundException gone) {
            return Optional.empty();
        }
    }

    static SearchDocument of(LearningUnitView u) {
        StringBuilder zh = new StringBuilder(text(u.summary(), "zh"));
        StringBuilder en = new StringBuilder(text(u.summary(), "en"));
        for (SectionView s : u.sections()) {
            zh.append('\n').append(text(s.heading(), "zh")).append('\n').append(text(s.body(), "zh"));
            en.append('\n').append(text(s.heading(), "en")).append('\n').append(text(s.body(), "en"));
        }
        List<Term> themes = u.themes().stream().map(t -> new Term(t.code(), t.label().zh(), t.label().en())).toList();
        return new SearchDocument(u.slug(), u.title().zh(), u.title().en(), null, null, List.of(), List.of(), List.of(), themes,
                List.of(), zh.toString().strip(), en.toString().strip(), null, null, null, false,
                u.publishAt() == null ? PublicationStatus.DRAFT : PublicationStatus.PUBLISHED, null, null, u.updatedAt(),
                EntryType.LEARNING_UNIT, u.publishAt(), List.of());
    }

    private static String text(Bilingual b, String language) {
        if (b == null) {
            return "";
        }
        String value = "zh".equals(language) ? b.zh() : b.en();
        return value == null ? "" : value;
    }
}
