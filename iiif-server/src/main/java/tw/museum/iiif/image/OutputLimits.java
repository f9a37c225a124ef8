package tw.museum.iiif.image;

import tw.museum.iiif.source.AccessDecision;

/**
 * Limits on what one request may produce. {@code maxWidth/maxHeight/maxArea} bound the output image
 * (server protection, 400 when exceeded); {@code restriction}, when present, bounds the resolution of the
 * whole image (rights, 403 when exceeded) so that tiles cannot be stitched into a larger copy.
 */
public record OutputLimits(int maxWidth, int maxHeight, long maxArea, AccessDecision.Restricted restriction) {

    /** Largest allowed scale (output / source) from the rights restriction alone; 1 when unrestricted. */
    public double restrictionScale(int imageWidth, int imageHeight) {
        if (restriction == null) {
            return 1.0;
        }
        return Math.min(1.0, Math.min(restriction.maxWidth() / (double) imageWidth,
                restriction.maxHeight() / (double) imageHeight));
    }
}
