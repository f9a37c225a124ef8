package tw.museum.iiif.image;

/** The size parameter as requested; {@code upscale} is the 3.0 "^" prefix (always true for 2.1 w/h forms). */
public sealed interface SizeRequest {
    record Max(boolean upscale) implements SizeRequest {}
    record Width(int width, boolean upscale) implements SizeRequest {}
    record Height(int height, boolean upscale) implements SizeRequest {}
    record Percent(double percent, boolean upscale) implements SizeRequest {}
    record Exact(int width, int height, boolean upscale) implements SizeRequest {}
    record BestFit(int width, int height, boolean upscale) implements SizeRequest {}
}
