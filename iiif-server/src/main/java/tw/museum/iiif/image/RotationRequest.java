package tw.museum.iiif.image;

/** Degrees clockwise in [0, 360); mirroring happens before rotation, as the spec orders it. */
public record RotationRequest(double degrees, boolean mirror) {
    public static final RotationRequest NONE = new RotationRequest(0, false);

    public boolean isRightAngle() {
        return degrees % 90 == 0;
    }
}
