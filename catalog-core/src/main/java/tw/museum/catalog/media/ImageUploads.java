package tw.museum.catalog.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;

/**
 * Takes uploaded photos into the media store: images only (the type is detected from the bytes, never the
 * name), each within the store's size and pixel limits, at most {@code max}. Every refused photo is
 * reported under {@code field} ("not-an-image", "photo-too-large", "too-many-photos"), all at once.
 */
@Component
public class ImageUploads {

    private final MediaStore store;

    public ImageUploads(MediaStore store) {
        this.store = store;
    }

    public List<StoredFile> store(List<? extends InputStreamSource> photos, String field, int max) {
        if (photos.size() > max) {
            throw new InvalidRecordException(FieldProblem.of(field, "too-many-photos", max));
        }
        List<StoredFile> stored = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            try (InputStream in = photos.get(i).getInputStream()) {
                StoredFile file = store.store(in);
                if (file.kind() != MediaKind.IMAGE) {
                    problems.add(FieldProblem.of(field, "not-an-image", i + 1));
                } else {
                    stored.add(file);
                }
            } catch (UploadTooLargeException e) {
                problems.add(FieldProblem.of(field, "photo-too-large", i + 1, e.maxBytes() / 1024));
            } catch (InvalidRecordException e) {
                // unknown types, empty files, unreadable or oversized images
                problems.add(FieldProblem.of(field, "not-an-image", i + 1));
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
