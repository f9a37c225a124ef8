package tw.museum.iiif.image;

/** A rectangle in full-resolution source pixels. */
public record PixelRegion(int x, int y, int width, int height) {
    public PixelRegion {
        if (x < 0 || y < 0 || width < 1 || height < 1) {
            throw new IllegalArgumentException("invalid region " + x + "," + y + "," + width + "," + height);
        }
    }

    public boolean isFull(int imageWidth, int imageHeight) {
        return x == 0 && y == 0 && width == imageWidth && height == imageHeight;
    }

    public String token() {
        return x + "," + y + "," + width + "," + height;
    }
}
