package tw.museum.site.web;

import tw.museum.site.api.JsonApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.media.MediaFile;
import tw.museum.catalog.media.MediaKind;
import tw.museum.catalog.media.MediaService;
import tw.museum.catalog.media.ThumbnailCache;
import tw.museum.site.security.Viewer;

/**
 * Serves media files: originals and thumbnails. Files of unpublished artifacts exist only for staff.
 * The content type is the one detected at upload; browsers are told not to sniff another.
 */
@JsonApi
@RestController
public class MediaFileController {

    private final MediaService media;
    private final ThumbnailCache thumbnails;
    private final int restrictedMaxSize;

    public MediaFileController(MediaService media, ThumbnailCache thumbnails,
                               @Value("${museum.iiif.restricted-max-size:800}") int restrictedMaxSize) {
        this.media = media;
        this.thumbnails = thumbnails;
        this.restrictedMaxSize = restrictedMaxSize;
    }

    @GetMapping("/media/{mediaId}/original")
    public ResponseEntity<Resource> original(@PathVariable long mediaId) {
        MediaFile file = find(mediaId);
        if (file.media().rightsRestricted() && !Viewer.isStaff()) {
            // The rights allow the public a reduced copy only: thumbnails and IIIF, never the original.
            throw new RecordNotFoundException("media", mediaId);
        }
        ContentDisposition disposition = ContentDisposition
                .builder(file.media().kind() == MediaKind.IMAGE ? "inline" : "attachment")
                .filename(file.media().filename(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.media().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .eTag('"' + file.media().sha256() + '"')
                .cacheControl(cacheControl())
                .body(new FileSystemResource(file.original()));
    }

    @GetMapping("/media/{mediaId}/thumbnail")
    public ResponseEntity<Resource> thumbnail(@PathVariable long mediaId,
                                              @RequestParam(defaultValue = "400") int size) throws IOException {
        MediaFile file = find(mediaId);
        if (file.media().kind() != MediaKind.IMAGE) {
            throw new RecordNotFoundException("thumbnail", mediaId);
        }
        int box = file.media().rightsRestricted() && !Viewer.isStaff()
                ? Math.min(ThumbnailCache.snap(size), ThumbnailCache.snapDown(restrictedMaxSize)) : size;
        var thumbnail = thumbnails.of(file.media().sha256(), file.original(), box);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .contentLength(Files.size(thumbnail))
                .eTag('"' + file.media().sha256() + "-" + ThumbnailCache.snap(box) + '"')
                .cacheControl(cacheControl())
                .body(new FileSystemResource(thumbnail));
    }

    private MediaFile find(long mediaId) {
        return media.file(mediaId, Viewer.isStaff()).orElseThrow(() -> new RecordNotFoundException("media", mediaId));
    }

    private static CacheControl cacheControl() {
        // Staff may see unpublished files: never let a shared cache keep them.
        return Viewer.isStaff() ? CacheControl.noStore() : CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
    }
}
