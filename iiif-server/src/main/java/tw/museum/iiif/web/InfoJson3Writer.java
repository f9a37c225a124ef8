package tw.museum.iiif.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tw.museum.iiif.delivery.ImageInfo;

/** Image API 3.0 info.json, level 2 plus the extra qualities, formats and features this server has. */
@Component
public class InfoJson3Writer {

    static final String CONTEXT = "http://iiif.io/api/image/3/context.json";
    static final String PROFILE_URI = "http://iiif.io/api/image/3/level2.json";
    static final List<String> EXTRA_FEATURES = List.of("baseUriRedirect", "canonicalLinkHeader", "cors",
            "jsonldMediaType", "mirroring", "profileLinkHeader", "regionByPct", "regionByPx", "regionSquare",
            "rotationArbitrary", "rotationBy90s", "sizeByConfinedWh", "sizeByH", "sizeByPct", "sizeByW", "sizeByWh",
            "sizeUpscaling");

    private final JsonMapper mapper = JsonMapper.builder().build();

    public byte[] write(String id, ImageInfo info) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", CONTEXT);
        doc.put("id", id);
        doc.put("type", "ImageService3");
        doc.put("protocol", "http://iiif.io/api/image");
        doc.put("profile", "level2");
        doc.put("width", info.width());
        doc.put("height", info.height());
        if (info.maxWidth() != null) {
            doc.put("maxWidth", info.maxWidth());
            doc.put("maxHeight", info.maxHeight());
        }
        if (info.maxArea() != null) {
            doc.put("maxArea", info.maxArea());
        }
        if (!info.sizes().isEmpty()) {
            doc.put("sizes", info.sizes().stream().map(d -> Map.of("width", d.width(), "height", d.height())).toList());
        }
        if (!info.scaleFactors().isEmpty()) {
            Map<String, Object> tiles = new LinkedHashMap<>();
            tiles.put("width", info.tileSize());
            tiles.put("height", info.tileSize());
            tiles.put("scaleFactors", info.scaleFactors());
            doc.put("tiles", List.of(tiles));
        }
        doc.put("extraQualities", List.of("color", "gray", "bitonal"));
        doc.put("extraFormats", List.of("png", "webp", "tif"));
        doc.put("extraFeatures", EXTRA_FEATURES);
        return mapper.writeValueAsBytes(doc);
    }
}
