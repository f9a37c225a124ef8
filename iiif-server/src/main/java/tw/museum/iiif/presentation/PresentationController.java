package tw.museum.iiif.presentation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.catalog.artifact.ArtifactFilter;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.learning.LearningUnitService;
import tw.museum.catalog.media.MediaView;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.TermView;
import tw.museum.catalog.vocabulary.Vocabulary;
import tw.museum.iiif.presentation.PresentationResponses.Conditions;

/**
 * IIIF Presentation API: 3.0 manifests and collections, 2.1 manifests. Only published records exist here
 * (drafts, withdrawn and unknown numbers are all 404, so a draft's number is not disclosed), and only
 * their public view is ever read.
 */
@RestController
@RequestMapping("/iiif/presentation")
public class PresentationController {

    private final ArtifactService artifacts;
    private final TermService terms;
    private final Manifest3Builder manifests3;
    private final Manifest2Builder manifests2;
    private final Collection3Builder collections;
    private final PresentationResponses responses;
    private final PresentationProperties properties;
    private final LearningUnitService units;

    public PresentationController(ArtifactService artifacts, TermService terms, Manifest3Builder manifests3,
                                  Manifest2Builder manifests2, Collection3Builder collections,
                                  PresentationResponses responses, PresentationProperties properties,
                                  LearningUnitService units) {
        this.units = units;
        this.artifacts = artifacts;
        this.terms = terms;
        this.manifests3 = manifests3;
        this.manifests2 = manifests2;
        this.collections = collections;
        this.responses = responses;
        this.properties = properties;
    }

    @GetMapping("/3/{objectNumber}/manifest")
    public ResponseEntity<byte[]> manifest3(@PathVariable String objectNumber,
                                            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String inm,
                                            @RequestHeader(value = HttpHeaders.IF_MODIFIED_SINCE, required = false) String ims) {
        Optional<PublicArtifactView> artifact = artifacts.findPublished(objectNumber);
        return artifact.flatMap(manifests3::build)
                .map(doc -> responses.v3(doc, lastModified(artifact.get()), new Conditions(accept, inm, ims)))
                .orElseGet(responses::notFound);
    }

    @GetMapping("/2/{objectNumber}/manifest")
    public ResponseEntity<byte[]> manifest2(@PathVariable String objectNumber,
                                            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String inm,
                                            @RequestHeader(value = HttpHeaders.IF_MODIFIED_SINCE, required = false) String ims) {
        Optional<PublicArtifactView> artifact = artifacts.findPublished(objectNumber);
        return artifact.flatMap(manifests2::build)
                .map(json -> responses.v2(json, lastModified(artifact.get()), new Conditions(accept, inm, ims)))
                .orElseGet(responses::notFound);
    }

    @GetMapping("/3/collection/top")
    public ResponseEntity<byte[]> top(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String inm) {
        // Only classifications with something published: an empty collection helps no one.
        List<TermView> withArtifacts = terms.list(Vocabulary.CLASSIFICATION).stream()
                .filter(t -> count(t.code()) > 0)
                .toList();
        return responses.v3(collections.top(withArtifacts), null, new Conditions(accept, inm, null));
    }

    @GetMapping("/3/collection/classification/{code}")
    public ResponseEntity<byte[]> classification(@PathVariable String code,
                                                 @RequestParam(required = false) Integer page,
                                                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                                 @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String inm) {
        Optional<TermView> term = classificationTerm(code);
        if (term.isEmpty()) {
            return responses.notFound();
        }
        int size = properties.collectionPageSize();
        Conditions conditions = new Conditions(accept, inm, null);
        if (page == null) {
            Page<PublicArtifactView> first = published(code, 0, size);
            if (first.getTotalElements() == 0) {
                return responses.notFound();
            }
            Map<String, Object> doc = first.getTotalPages() <= 1
                    ? collections.classification(term.get(), first.getContent())
                    : collections.classificationPages(term.get(), first.getTotalElements(), size);
            return responses.v3(doc, null, conditions);
        }
        if (page < 1) {
            return responses.notFound();
        }
        Page<PublicArtifactView> slice = published(code, page - 1, size);
        if (slice.getContent().isEmpty()) {
            return responses.notFound();
        }
        return responses.v3(collections.classificationPage(term.get(), page, size, slice.getTotalElements(),
                slice.getContent()), null, conditions);
    }

    /** The objects of a published learning unit; drafts and units not yet due are 404 like drafts. */
    @GetMapping("/3/collection/learning-unit/{slug}")
    public ResponseEntity<byte[]> learningUnit(@PathVariable String slug,
                                               @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                               @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String inm) {
        return units.findPublished(slug)
                .map(u -> responses.v3(collections.learningUnit(u), null, new Conditions(accept, inm, null)))
                .orElseGet(responses::notFound);
    }

    private Optional<TermView> classificationTerm(String code) {
        try {
            return Optional.of(terms.get(Vocabulary.CLASSIFICATION, code));
        } catch (RecordNotFoundException e) {
            return Optional.empty();
        }
    }

    private long count(String classification) {
        return published(classification, 0, 1).getTotalElements();
    }

    private Page<PublicArtifactView> published(String classification, int page, int size) {
        ArtifactFilter filter = new ArtifactFilter(null, null, classification, null, null, null, null);
        return artifacts.listPublished(filter, PageRequest.of(page, size, Sort.by("objectNumber")));
    }

    /** Adding an image does not touch the record's updatedAt, so the newest image counts too. */
    private static Instant lastModified(PublicArtifactView a) {
        return a.media() == null ? a.updatedAt() : a.media().stream()
                .map(MediaView::createdAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .filter(newest -> a.updatedAt() == null || newest.isAfter(a.updatedAt()))
                .orElse(a.updatedAt());
    }
}
