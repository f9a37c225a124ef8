package tw.museum.catalog.place;

import tw.museum.catalog.common.Bilingual;

public record PlaceData(Bilingual name, Long parentId, Double latitude, Double longitude, Long version) {
}
