package tw.museum.catalog.healthcheck;

import java.util.List;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;
import tw.museum.catalog.media.ImageUploads;
import tw.museum.catalog.media.StoredFile;

/** The photos sent with a request: images only, at most {@link #MAX_PHOTOS}, refusals under "photos". */
@Component
class RequestPhotos {

    static final int MAX_PHOTOS = 10;

    private final ImageUploads uploads;

    RequestPhotos(ImageUploads uploads) {
        this.uploads = uploads;
    }

    List<StoredFile> store(List<? extends InputStreamSource> photos) {
        return uploads.store(photos, "photos", MAX_PHOTOS);
    }
}
