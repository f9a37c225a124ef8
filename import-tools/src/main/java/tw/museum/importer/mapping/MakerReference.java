package tw.museum.importer.mapping;

import tw.museum.catalog.common.Bilingual;

/** A maker as a source names it: the authority record's external id and the role. */
public record MakerReference(String externalId, Bilingual role) {
}
