package tw.museum.importer.mapping;

import tw.museum.catalog.common.Bilingual;

/**
 * A maker as a source names it: the authority record's external id, the role, and the name, with which
 * an authority record is created when none has the id yet (null: the maker must exist already).
 */
public record MakerReference(String externalId, Bilingual role, Bilingual name) {
}
