package tw.museum.iiif.image;

/**
 * The normalized form every request of every API version ends up in: crop in source pixels, exact output
 * size, then mirror, rotate, quality, format. One pipeline executes it; the derivative cache keys on it.
 */
public record OperationList(PixelRegion crop, int width, int height, RotationRequest rotation, Quality quality,
                            OutputFormat format) {

    /** Stable text key; equal operation lists from 2.1 and 3.0 requests share cached derivatives. */
    public String key() {
        return crop.token() + "/" + width + "," + height + "/" + RotationFormat.token(rotation) + "/"
                + quality.token() + "." + format.extension();
    }

    public boolean isPlainRightAngleJpeg() {
        return rotation.degrees() == 0 && !rotation.mirror()
                && (quality == Quality.DEFAULT || quality == Quality.COLOR) && format == OutputFormat.JPG;
    }
}
