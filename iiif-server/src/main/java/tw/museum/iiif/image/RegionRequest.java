package tw.museum.iiif.image;

/** The region parameter as requested, before it is resolved against the image size. */
public sealed interface RegionRequest {
    record Full() implements RegionRequest {}
    record Square() implements RegionRequest {}
    record Pixels(int x, int y, int width, int height) implements RegionRequest {}
    record Percent(double x, double y, double width, double height) implements RegionRequest {}
}
