package tw.museum.catalog.learning;

import tw.museum.catalog.common.Bilingual;

/** A reference of a unit: a citation, and where it can be read online when it can. */
public record Reference(Bilingual citation, String url) {
}
