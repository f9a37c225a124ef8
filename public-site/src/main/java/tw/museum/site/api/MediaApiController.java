package tw.museum.site.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tw.museum.site.security.StaffOnly;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.media.MediaDescription;
import tw.museum.catalog.media.MediaService;
import tw.museum.catalog.media.MediaView;
import tw.museum.site.security.Viewer;

/** Images and documents of an artifact: upload (multipart), describe, reorder, remove. */
@RestController
@JsonApi
@RequestMapping(path = "/api/v1/artifacts/{objectNumber}/media", produces = MediaType.APPLICATION_JSON_VALUE)
public class MediaApiController {

    private final MediaService media;
    private final ArtifactService artifacts;

    public MediaApiController(MediaService media, ArtifactService artifacts) {
        this.media = media;
        this.artifacts = artifacts;
    }

    @GetMapping
    public List<MediaView> list(@PathVariable String objectNumber) {
        if (Viewer.isStaff()) {
            return media.list(objectNumber);
        }
        return artifacts.findPublished(objectNumber)
                .orElseThrow(() -> new RecordNotFoundException(ArtifactService.AUDIT_TYPE, objectNumber))
                .media();
    }

    @StaffOnly
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<MediaView> upload(@PathVariable String objectNumber,
                                            @RequestParam("file") MultipartFile file,
                                            @RequestParam(name = "caption.zh", required = false) String captionZh,
                                            @RequestParam(name = "caption.en", required = false) String captionEn,
                                            @RequestParam(required = false) String rights,
                                            @RequestParam(required = false) Boolean rightsRestricted,
                                            @RequestParam(required = false) Integer position,
                                            @RequestParam(required = false) Boolean primary) throws IOException {
        MediaView created;
        try (InputStream in = file.getInputStream()) {
            created = media.attach(objectNumber, file.getOriginalFilename(), in,
                    new MediaDescription(Bilingual.of(captionZh, captionEn), rights, rightsRestricted, position, primary, null));
        }
        return ResponseEntity.created(URI.create("/api/v1/artifacts/"
                + UriUtils.encodePathSegment(objectNumber, StandardCharsets.UTF_8) + "/media/" + created.id()))
                .body(created);
    }

    @StaffOnly
    @PutMapping(path = "/{mediaId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public MediaView describe(@PathVariable String objectNumber, @PathVariable long mediaId,
                              @RequestBody MediaDescription description) {
        return media.describe(objectNumber, mediaId, description);
    }

    @StaffOnly
    @DeleteMapping("/{mediaId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void remove(@PathVariable String objectNumber, @PathVariable long mediaId) {
        media.remove(objectNumber, mediaId);
    }
}
