package tw.museum.iiif.image;

import java.util.List;

/**
 * What the header of an original says, read without decoding pixels.
 *
 * @param levels image indexes of a pyramidal TIFF that are reduced copies (index 0 first), with their sizes
 */
public record SourceInfo(int width, int height, String formatName, List<Level> levels) {

    public record Level(int imageIndex, int width, int height) {
    }

    public long pixels() {
        return (long) width * height;
    }
}
