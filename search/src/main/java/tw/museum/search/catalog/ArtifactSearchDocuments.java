package tw.museum.search.catalog;

import java.util.List;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.media.MediaKind;
import tw.museum.catalog.vocabulary.TermRef;
import tw.museum.search.api.Maker;
import tw.museum.search.api.PublicationStatus;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.Term;

/** What the search engine is told about an artifact: its staff view, flattened. */
@Component
public class ArtifactSearchDocuments {

    public SearchDocument of(ArtifactView a) {
        return new SearchDocument(
                a.objectNumber(),
                a.title().zh(),
                a.title().en(),
                term(a.objectName()),
                term(a.classification()),
                a.makers().stream()
                        .map(m -> new Maker(String.valueOf(m.agentId()), m.name().zh(), m.name().en(),
                                m.role() == null ? null : m.role().preferEnglish()))
                        .toList(),
                terms(a.materials()),
                terms(a.techniques()),
                terms(a.subjects()),
                a.productionPlace() == null ? List.of()
                        : List.of(new Term("place-" + a.productionPlace().id(), a.productionPlace().name().zh(),
                                a.productionPlace().name().en())),
                a.description().zh(),
                a.description().en(),
                a.productionDate().display() == null ? null : a.productionDate().display().in("zh"),
                a.productionDate().earliestYear(),
                a.productionDate().latestYear(),
                a.media() != null && a.media().stream().anyMatch(m -> m.kind() == MediaKind.IMAGE),
                PublicationStatus.valueOf(a.status().name()),
                a.restricted().storageLocation(),
                a.restricted().internalNotes(),
                a.updatedAt());
    }

    private static Term term(TermRef ref) {
        return ref == null ? null : new Term(ref.code(), ref.label().zh(), ref.label().en());
    }

    private static List<Term> terms(List<TermRef> refs) {
        return refs.stream().map(ArtifactSearchDocuments::term).toList();
    }
}
