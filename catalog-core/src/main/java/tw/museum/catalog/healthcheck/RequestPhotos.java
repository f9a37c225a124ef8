package tw.museum.catalog.healthcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.media.MediaKind;
import tw.museum.catalog.media.MediaStore;
import tw.museum.catalog.media.StoredFile;
import tw.museum.catalog.media.UploadTooLargeException;

/**
 * Takes the photos sent with a request (a health check, a donation offer) into the media store: images only (the type is detected from the
 * bytes, never the name), each within the store's size and pixel limits, at most {@link #MAX_PHOTOS}.
 * Every refused photo is reported, under the form's "photos" field.
 */
@Component
public class RequestPhotos {

    public static final int MAX_PHOTOS = 10;

    private final MediaStore store;

    public RequestPhotos(MediaStore store) {
        this.store = store;
    }

    public List<StoredFile> store(List<? extends InputStreamSource> photos) {
        if (photos.size() > MAX_PHOTOS) {
            throw new InvalidRecordException(FieldProblem.of("photos", "too-many-photos", MAX_PHOTOS));
        }
        List<StoredFile> stored = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            try (InputStream in = photos.get(i).getInputStream()) {
                StoredFile file = store.store(in);
                if (file.kind() != MediaKind.IMAGE) {
                    problems.add(FieldProblem.of("photos", "not-an-image", i + 1));
                } else {
                    stored.add(file);
                }
            } catch (UploadTooLargeException e) {
                problems.add(FieldProblem.of("photos", "photo-too-large", i + 1, e.maxBytes() / 1024));
            } catch (InvalidRecordException e) {
                // unknown types, empty files, unreadable or oversized images
                problems.add(FieldProblem.of("photos", "not-an-image", i + 1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!problems.isEmpty()) {
            // files already stored stay in the content-addressed store unreferenced, as refused media uploads do
            throw new InvalidRecordException(problems);
        }
        return stored;
    }
}
