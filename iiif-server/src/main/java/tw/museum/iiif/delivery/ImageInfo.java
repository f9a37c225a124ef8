package tw.museum.iiif.delivery;

import java.util.List;

/**
 * The facts info.json states, independent of API version.
 *
 * @param maxWidth  present only when this image is limited (rights restriction or server limits)
 */
public record ImageInfo(int width, int height, int tileSize, List<Integer> scaleFactors, List<Dimension> sizes,
                        Integer maxWidth, Integer maxHeight, Long maxArea) {

    public record Dimension(int width, int height) {
    }
}
