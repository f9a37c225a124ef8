package tw.museum.catalog.common;

import java.math.BigDecimal;

/** Decimal values in one canonical form (no trailing zeros, never exponent notation), as stored and shown. */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
