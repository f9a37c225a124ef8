package tw.museum.iiif.image;

import java.math.BigDecimal;

/** Writes a rotation the way canonical URIs do: "90", "!22.5". */
public final class RotationFormat {
    private RotationFormat() {
    }

    public static String token(RotationRequest rotation) {
        String number = BigDecimal.valueOf(rotation.degrees()).stripTrailingZeros().toPlainString();
        return (rotation.mirror() ? "!" : "") + number;
    }
}
