package tw.museum.search.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.ArtifactFilter;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.change.ChangeFeed;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.media.MediaKind;
import tw.museum.catalog.media.MediaMetadataStore;
import tw.museum.catalog.media.MediaView;
import tw.museum.catalog.vocabulary.Vocabulary;
import tw.museum.search.api.AttachedText;
import tw.museum.search.api.EntryType;
import tw.museum.search.api.SearchDocument;

/**
 * Objects, with the text of their attached documents (extracted by Tika on import, kept in media_metadata).
 * A document whose rights allow the public no copy is searchable by staff only.
 */
@Component
public class ArtifactEntries implements SearchEntrySource {
    private static final int PAGE = 500;

    private final ArtifactService artifacts;
    private final ArtifactSearchDocuments documents;
    private final MediaMetadataStore metadata;

    public ArtifactEntries(ArtifactService artifacts, ArtifactSearchDocuments documents, MediaMetadataStore metadata) {
        this.artifacts = artifacts;
        this.documents = documents;
        this.metadata = metadata;
    }

    @Override
    public EntryType type() {
        return EntryType.OBJECT;
    }

    @Override
    public String recordType() {
        return ChangeFeed.ARTIFACT;
    }

    @Override
    public Stream<SearchDocument> all() {
        return Paged.stream(page -> artifacts.list(ArtifactFilter.none(), PageRequest.of(page, PAGE, Sort.by("id"))))
                .map(this::of);
    }

    @Override
    public Optional<SearchDocument> find(String key) {
        try {
            return Optional.of(of(artifacts.get(key)));
        } catch (RecordNotFoundException gone) {
            return Optional.empty();
        }
    }

    @Override
    public List<Related> related(SearchDocument changed) {
        List<Related> related = new ArrayList<>();
        // A person's or term's entry is public while a published object uses it: follow the object's change.
        changed.makers().forEach(m -> related.add(new Related(ChangeFeed.AGENT, m.id())));
        if (changed.classification() != null) {
            related.add(new Related(ChangeFeed.TERM, Vocabulary.CLASSIFICATION.slug() + "/" + changed.classification().code()));
        }
        changed.materials().forEach(t -> related.add(new Related(ChangeFeed.TERM, Vocabulary.MATERIAL.slug() + "/" + t.code())));
        changed.techniques().forEach(t -> related.add(new Related(ChangeFeed.TERM, Vocabulary.TECHNIQUE.slug() + "/" + t.code())));
        changed.subjects().forEach(t -> related.add(new Related(ChangeFeed.TERM, Vocabulary.SUBJECT.slug() + "/" + t.code())));
        return related;
    }

    SearchDocument of(ArtifactView a) {
        SearchDocument doc = documents.of(a);
        List<MediaView> files = a.media() == null ? List.of() : a.media().stream().filter(m -> m.kind() == MediaKind.DOCUMENT).toList();
        if (files.isEmpty()) {
            return doc;
        }
        List<AttachedText> texts = new ArrayList<>();
        metadata.find(files.stream().map(MediaView::id).toList()).forEach((id, m) -> {
            if (m.text() != null && !m.text().isBlank()) {
                MediaView file = files.stream().filter(f -> f.id() == id).findFirst().orElseThrow();
                texts.add(new AttachedText(id, m.title() != null ? m.title() : file.filename(), m.text(), file.rightsRestricted()));
            }
        });
        return texts.isEmpty() ? doc : doc.withDocuments(texts);
    }
}
