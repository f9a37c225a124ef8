package tw.museum.catalog.artifact;

import tw.museum.catalog.common.Bilingual;

public record PlaceRef(long id, Bilingual name) {
}
