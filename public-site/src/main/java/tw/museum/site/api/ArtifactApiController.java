package tw.museum.site.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tw.museum.site.security.CataloguersOnly;
import tw.museum.site.security.StaffOnly;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactFilter;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.media.MediaView;
import tw.museum.iiif.presentation.IiifLinks;
import tw.museum.site.api.ArtifactResponse.Iiif;
import tw.museum.catalog.audit.AuditRecord;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.site.security.Viewer;

/**
 * Artifacts, addressed by object number. Staff get the whole record; everyone else gets published
 * records without restricted fields, and drafts do not exist for them (404, not 403, so their
 * numbers are not disclosed either).
 */
@RestController
@JsonApi
@RequestMapping(path = "/api/v1/artifacts", produces = MediaType.APPLICATION_JSON_VALUE)
public class ArtifactApiController {

    private static final Set<String> SORTABLE = Set.of("objectNumber", "titleZh", "titleEn", "dateEarliest",
            "updatedAt", "createdAt");

    private final ArtifactService artifacts;
    private final IiifLinks iiifLinks;

    public ArtifactApiController(ArtifactService artifacts, IiifLinks iiifLinks) {
        this.artifacts = artifacts;
        this.iiifLinks = iiifLinks;
    }

    @GetMapping
    public PageResponse<?> list(@RequestParam(required = false) String q,
                                @RequestParam(required = false) ArtifactStatus status,
                                @RequestParam(required = false) String classification,
                                @RequestParam(required = false) Long maker,
                                @RequestParam(required = false) String material,
                                @RequestParam(required = false) Integer yearFrom,
                                @RequestParam(required = false) Integer yearTo,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(required = false) Integer pageSize,
                                        @RequestParam(required = false) Integer size,
                                @RequestParam(required = false) String sort) {
        Pageable pageable = Paging.of(page, Paging.pageSize(pageSize, size), sort, SORTABLE, Sort.by("objectNumber"));
        ArtifactFilter filter = new ArtifactFilter(q, status, classification, maker, material, yearFrom, yearTo);
        if (Viewer.isStaff()) {
            return PageResponse.of(artifacts.list(filter, pageable));
        }
        if (status != null && status != ArtifactStatus.PUBLISHED) {
            // The public asking for drafts gets what it may see of them: nothing.
            return new PageResponse<>(List.of(), page, size, 0, 0);
        }
        return PageResponse.of(artifacts.listPublished(filter, pageable));
    }

    @GetMapping("/{objectNumber}")
    public ArtifactResponse get(@PathVariable String objectNumber) {
        if (Viewer.isStaff()) {
            ArtifactView artifact = artifacts.get(objectNumber);
            // IIIF serves published records only: a draft's links would lead to 403s and 404s.
            Iiif links = artifact.status() == ArtifactStatus.PUBLISHED ? iiif(objectNumber, artifact.media()) : null;
            return new ArtifactResponse(artifact, links);
        }
        PublicArtifactView artifact = artifacts.findPublished(objectNumber)
                .orElseThrow(() -> new RecordNotFoundException(ArtifactService.AUDIT_TYPE, objectNumber));
        return new ArtifactResponse(artifact, iiif(objectNumber, artifact.media()));
    }

    private Iiif iiif(String objectNumber, List<MediaView> media) {
        List<ArtifactResponse.Image> images = (media == null ? List.<MediaView>of() : media).stream()
                .filter(iiifLinks::hasImageService)
                .map(m -> new ArtifactResponse.Image(m.id(), iiifLinks.imageService(m.id())))
                .toList();
        return new Iiif(images.isEmpty() ? null : iiifLinks.manifest(objectNumber), images);
    }

    @CataloguersOnly
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ArtifactView> create(@RequestBody ArtifactData data) {
        ArtifactView created = artifacts.create(data);
        return ResponseEntity.created(URI.create("/api/v1/artifacts/" + UriUtils.encodePathSegment(created.objectNumber(), StandardCharsets.UTF_8))).body(created);
    }

    @CataloguersOnly
    @PutMapping(path = "/{objectNumber}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ArtifactView update(@PathVariable String objectNumber, @RequestBody ArtifactData data) {
        return artifacts.update(objectNumber, data);
    }

    @CataloguersOnly
    @PostMapping("/{objectNumber}/publish")
    public ArtifactView publish(@PathVariable String objectNumber, @RequestParam(required = false) Long version) {
        return artifacts.publish(objectNumber, version);
    }

    @CataloguersOnly
    @PostMapping("/{objectNumber}/withdraw")
    public ArtifactView withdraw(@PathVariable String objectNumber, @RequestParam(required = false) Long version) {
        return artifacts.withdraw(objectNumber, version);
    }

    @StaffOnly
    @GetMapping("/{objectNumber}/history")
    public List<AuditRecord> history(@PathVariable String objectNumber) {
        return artifacts.history(objectNumber);
    }
}
