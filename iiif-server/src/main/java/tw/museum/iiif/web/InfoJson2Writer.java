package tw.museum.iiif.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.digitalcollections.iiif.model.image.ImageApiProfile;
import de.digitalcollections.iiif.model.image.ImageService;
import de.digitalcollections.iiif.model.image.Size;
import de.digitalcollections.iiif.model.image.TileInfo;
import de.digitalcollections.iiif.model.jackson.IiifObjectMapper;
import org.springframework.stereotype.Component;
import tw.museum.iiif.delivery.ImageInfo;

/**
 * Image API 2.1 info.json modelled with iiif-apis and serialized with its own Jackson 2 IiifObjectMapper
 * (Boot's Jackson 3 ignores the library's serializers and writes "@context": null).
 */
@Component
public class InfoJson2Writer {

    static final String CONTEXT = "http://iiif.io/api/image/2/context.json";
    static final String PROFILE_URI = "http://iiif.io/api/image/2/level2.json";

    private final IiifObjectMapper mapper = new IiifObjectMapper();

    public byte[] write(String id, ImageInfo info) {
        ImageService service = new ImageService(id, ImageApiProfile.LEVEL_TWO);
        service.setWidth(info.width());
        service.setHeight(info.height());
        ImageApiProfile extra = new ImageApiProfile();
        extra.addFormat(ImageApiProfile.Format.JPG, ImageApiProfile.Format.PNG, ImageApiProfile.Format.WEBP,
                ImageApiProfile.Format.TIF);
        extra.addQuality(ImageApiProfile.Quality.DEFAULT, ImageApiProfile.Quality.COLOR,
                ImageApiProfile.Quality.GRAY, ImageApiProfile.Quality.BITONAL);
        extra.addFeature(ImageApiProfile.Feature.BASE_URI_REDIRECT, ImageApiProfile.Feature.CANONICAL_LINK_HEADER,
                ImageApiProfile.Feature.CORS, ImageApiProfile.Feature.JSONLD_MEDIA_TYPE,
                ImageApiProfile.Feature.MIRRORING, ImageApiProfile.Feature.PROFILE_LINK_HEADER,
                ImageApiProfile.Feature.REGION_BY_PCT, ImageApiProfile.Feature.REGION_BY_PX,
                ImageApiProfile.Feature.REGION_SQUARE, ImageApiProfile.Feature.ROTATION_ARBITRARY,
                ImageApiProfile.Feature.ROTATION_BY_90S, ImageApiProfile.Feature.SIZE_ABOVE_FULL,
                ImageApiProfile.Feature.SIZE_BY_CONFINED_WH, ImageApiProfile.Feature.SIZE_BY_DISTORTED_WH,
                ImageApiProfile.Feature.SIZE_BY_H, ImageApiProfile.Feature.SIZE_BY_PCT,
                ImageApiProfile.Feature.SIZE_BY_W, ImageApiProfile.Feature.SIZE_BY_WH);
        if (info.maxWidth() != null) {
            extra.setMaxWidth(info.maxWidth());
            extra.setMaxHeight(info.maxHeight());
        }
        if (info.maxArea() != null) {
            extra.setMaxArea(info.maxArea());
        }
        service.addProfile(extra);
        for (ImageInfo.Dimension d : info.sizes()) {
            service.addSize(new Size(d.width(), d.height()));
        }
        if (!info.scaleFactors().isEmpty()) {
            TileInfo tiles = new TileInfo(info.tileSize());
            tiles.setHeight(info.tileSize());
            for (Integer sf : info.scaleFactors()) {
                tiles.addScaleFactor(sf);
            }
            service.addTile(tiles);
        }
        try {
            return mapper.writeValueAsBytes(service);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
