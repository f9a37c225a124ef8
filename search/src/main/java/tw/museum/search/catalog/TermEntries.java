package tw.museum.search.catalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tw.museum.catalog.change.ChangeFeed;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.TermView;
import tw.museum.catalog.vocabulary.Vocabulary;
import tw.museum.search.api.EntryType;
import tw.museum.search.api.PublicationStatus;
import tw.museum.search.api.SearchDocument;

/**
 * Terms of the vocabularies the public site has pages for (classification, material, technique, subject); the
 * key is {@code vocabulary/code}. Object names and the condition vocabulary (internal) are never entries.
 */
@Component
public class TermEntries implements SearchEntrySource {
    static final List<Vocabulary> PUBLIC = List.of(Vocabulary.CLASSIFICATION, Vocabulary.MATERIAL, Vocabulary.TECHNIQUE,
            Vocabulary.SUBJECT);

    private final TermService terms;
    private final PublicUse publicUse;

    public TermEntries(TermService terms, PublicUse publicUse) {
        this.terms = terms;
        this.publicUse = publicUse;
    }

    @Override
    public EntryType type() {
        return EntryType.TERM;
    }

    @Override
    public String recordType() {
        return ChangeFeed.TERM;
    }

    @Override
    public Stream<SearchDocument> all() {
        return PUBLIC.stream().flatMap(v -> terms.list(v).stream()).map(this::of);
    }

    @Override
    public Optional<SearchDocument> find(String key) {
        int slash = key.indexOf('/');
        Optional<Vocabulary> vocabulary = slash < 0 ? Optional.empty() : Vocabulary.fromSlug(key.substring(0, slash));
        if (vocabulary.isEmpty() || !PUBLIC.contains(vocabulary.get())) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(terms.get(vocabulary.get(), key.substring(slash + 1))));
        } catch (RecordNotFoundException gone) {
            return Optional.empty();
        }
    }

    private SearchDocument of(TermView t) {
        boolean shown = !t.retired() && publicUse.term(t.id());
        return new SearchDocument(t.vocabulary() + "/" + t.code(), t.label().zh(), t.label().en(), null, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), t.scopeNote().zh(), t.scopeNote().en(), null, null, null, false,
                shown ? PublicationStatus.PUBLISHED : PublicationStatus.DRAFT, null, null, null, EntryType.TERM, null, List.of());
    }
}
