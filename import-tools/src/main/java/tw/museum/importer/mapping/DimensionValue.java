package tw.museum.importer.mapping;

import tw.museum.catalog.common.Bilingual;

/** A measurement as a source gives it, before its value is checked as a number. */
public record DimensionValue(Bilingual part, String aspect, String value, String unit) {
}
