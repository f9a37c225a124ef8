package tw.museum.importer.media;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tw.museum.catalog.media.MediaMetadata;
import tw.museum.importer.api.MuseumApi;

/**
 * Files attached through a running museum's API, which stores and checks them (type, size, audit, tile
 * pyramid). The API has no field for what Tika read from a file, so that metadata is kept only by direct
 * imports.
 */
final class ApiMediaTarget implements MediaTarget {

    private final MuseumApi api;

    ApiMediaTarget(MuseumApi api) {
        this.api = api;
    }

    @Override
    public boolean exists(String objectNumber) {
        return api.get("/artifacts/" + MuseumApi.segmentOf(objectNumber)).isPresent();
    }

    @Override
    public List<Existing> media(String objectNumber) {
        List<Existing> out = new ArrayList<>();
        for (JsonNode m : api.get("/artifacts/" + MuseumApi.segmentOf(objectNumber) + "/media").orElseThrow()) {
            out.add(new Existing(m.path("sha256").asString(), m.path("filename").asString()));
        }
        return out;
    }

    @Override
    public void attach(String objectNumber, Path file, String filename, int position, boolean primary,
                       MediaMetadata metadata) {
        api.upload("/artifacts/" + MuseumApi.segmentOf(objectNumber) + "/media?position=" + position
                + (primary ? "&primary=true" : ""), file, filename);
    }
}
