package tw.museum.catalog.place;

import tw.museum.catalog.common.Bilingual;

public record PlaceView(long id, Bilingual name, Long parentId, Double latitude, Double longitude,
                        boolean retired, long version) {

    public static PlaceView of(Place p) {
        return new PlaceView(p.getId(), p.getName(), p.getParent() == null ? null : p.getParent().getId(),
                p.getLatitude(), p.getLongitude(), p.isRetired(), p.getVersion());
    }
}
