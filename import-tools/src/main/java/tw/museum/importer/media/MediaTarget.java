package tw.museum.importer.media;

import java.nio.file.Path;
import java.util.List;
import tw.museum.catalog.media.MediaMetadata;

/** Where image and document files go: the museum's database and media store, or its API. */
public interface MediaTarget {

    boolean exists(String objectNumber);

    /** The artifact's media already attached: checksum and original file name of each. */
    List<Existing> media(String objectNumber);

    /** Attaches the file at the given position (0-based), with what the file says about itself. */
    void attach(String objectNumber, Path file, String filename, int position, boolean primary, MediaMetadata metadata);

    record Existing(String sha256, String filename) {
    }
}
