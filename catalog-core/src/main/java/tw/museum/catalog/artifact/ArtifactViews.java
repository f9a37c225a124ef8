package tw.museum.catalog.artifact;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tw.museum.catalog.media.MediaRepository;
import tw.museum.catalog.media.MediaView;
import tw.museum.catalog.vocabulary.TermRef;

/** Builds views of artifacts; media of a whole page of artifacts are loaded in one query. */
@Component
class ArtifactViews {

    private final MediaRepository media;

    ArtifactViews(MediaRepository media) {
        this.media = media;
    }

    ArtifactView of(Artifact a) {
        return of(a, media.findByArtifactOrderByPositionAscIdAsc(a).stream().map(MediaView::of).toList());
    }

    List<ArtifactView> of(Collection<Artifact> artifacts) {
        if (artifacts.isEmpty()) {
            return List.of();
        }
        Map<Long, List<MediaView>> byArtifact = media
                .findByArtifactIdInOrderByPositionAscIdAsc(artifacts.stream().map(Artifact::getId).toList())
                .stream()
                .collect(Collectors.groupingBy(m -> m.getArtifact().getId(),
                        Collectors.mapping(MediaView::of, Collectors.toList())));
        return artifacts.stream().map(a -> of(a, byArtifact.getOrDefault(a.getId(), List.of()))).toList();
    }

    static ArtifactView of(Artifact a, List<MediaView> mediaViews) {
        return new ArtifactView(
                a.getId(), a.getObjectNumber(), a.getStatus(), a.getTitle(),
                TermRef.of(a.getObjectName()), TermRef.of(a.getClassification()),
                a.getDescription(), a.getProductionDate(),
                a.getProductionPlace() == null ? null
                        : new PlaceRef(a.getProductionPlace().getId(), a.getProductionPlace().getName()),
                a.getMakers().stream()
                        .map(m -> new MakerView(m.getAgent().getId(), m.getAgent().getName(), m.getRole()))
                        .toList(),
                refs(a, TermField.MATERIAL), refs(a, TermField.TECHNIQUE), refs(a, TermField.SUBJECT),
                a.getDimensions(), a.getInscription(), a.getProvenance(), a.getCreditLine(), a.getLicence(),
                a.getRightsStatement(), a.getLinks(), a.getRestricted(), mediaViews,
                a.getCreatedAt(), a.getCreatedBy(), a.getUpdatedAt(), a.getUpdatedBy(), a.getPublishedAt(),
                a.getVersion());
    }

    private static List<TermRef> refs(Artifact a, TermField field) {
        return a.getTerms(field).stream().map(TermRef::of).toList();
    }
}
