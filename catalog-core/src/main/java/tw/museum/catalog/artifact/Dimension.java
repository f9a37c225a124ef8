package tw.museum.catalog.artifact;

import java.math.BigDecimal;
import tw.museum.catalog.common.Bilingual;

/**
 * One measurement: what was measured ({@code part}, e.g. "sheet", "frame"), which {@code aspect}
 * (height, width, depth, diameter, length, weight), the value and its unit.
 */
public record Dimension(Bilingual part, String aspect, BigDecimal value, String unit) {
}
