package tw.museum.iiif.presentation;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import tw.museum.catalog.media.MediaView;
import tw.museum.iiif.catalog.CatalogMediaIdentifiers;
import tw.museum.iiif.web.BaseUrls;

/**
 * Every URL the IIIF side publishes, in one place, so the REST API (and anyone else) can link to manifests
 * and image services without knowing how they are built. Object numbers and codes travel as one path
 * segment: a slash inside them is encoded as %2F.
 */
@Component
public class IiifLinks {

    static final String PRESENTATION_3 = "/iiif/presentation/3";
    static final String PRESENTATION_2 = "/iiif/presentation/2";

    private final BaseUrls baseUrls;
    private final PresentationProperties properties;

    public IiifLinks(BaseUrls baseUrls, PresentationProperties properties) {
        this.baseUrls = baseUrls;
        this.properties = properties;
    }

    /**
     * Whether a media file has an image service and a canvas in the manifest: images whose size is known.
     * An artifact with none of these has no manifest either (a Manifest needs at least one Canvas).
     */
    public boolean hasImageService(MediaView media) {
        return ArtifactImages.isCanvas(media);
    }

    /** The Image API 3.0 service of a catalogue image (its info.json is this + "/info.json"). */
    public String imageService(long mediaId) {
        return baseUrls.base() + "/iiif/3/" + CatalogMediaIdentifiers.of(mediaId);
    }

    /** The Image API 2.1 service of a catalogue image. */
    public String imageService2(long mediaId) {
        return baseUrls.base() + "/iiif/2/" + CatalogMediaIdentifiers.of(mediaId);
    }

    /** The Presentation 3.0 manifest of an artifact. */
    public String manifest(String objectNumber) {
        return resource3(objectNumber) + "/manifest";
    }

    /** The Presentation 2.1 manifest of an artifact (for viewers such as Mirador 2). */
    public String manifest2(String objectNumber) {
        return baseUrls.base() + PRESENTATION_2 + "/" + segment(objectNumber) + "/manifest";
    }

    String canvas(String objectNumber, long mediaId) {
        return resource3(objectNumber) + "/canvas/" + mediaId;
    }

    /** The canvas of a page (1-based) of a document. */
    public String pageCanvas(String objectNumber, long mediaId, int page) {
        return resource3(objectNumber) + "/canvas/" + mediaId + "/p" + page;
    }

    /** The Image API 3.0 service of a page of a document, rendered to an image. */
    public String pageImageService(long mediaId, int page) {
        return baseUrls.base() + "/iiif/3/" + CatalogMediaIdentifiers.page(mediaId, page);
    }

    /** The IIIF Content Search 2.0 service over an artifact's document texts. */
    public String contentSearch(String objectNumber) {
        return baseUrls.base() + "/iiif/search/2/" + segment(objectNumber);
    }

    String canvas2(String objectNumber, long mediaId) {
        return baseUrls.base() + PRESENTATION_2 + "/" + segment(objectNumber) + "/canvas/" + mediaId;
    }

    String sequence2(String objectNumber) {
        return baseUrls.base() + PRESENTATION_2 + "/" + segment(objectNumber) + "/sequence/normal";
    }

    public String topCollection() {
        return baseUrls.base() + PRESENTATION_3 + "/collection/top";
    }

    public String classificationCollection(String code) {
        return baseUrls.base() + PRESENTATION_3 + "/collection/classification/" + segment(code);
    }

    /** The Collection of a published learning unit's objects. */
    public String learningUnitCollection(String slug) {
        return baseUrls.base() + PRESENTATION_3 + "/collection/learning-unit/" + segment(slug);
    }

    /** The public web page of a learning unit. */
    public String learningUnitPage(String slug) {
        return site() + "/learn/" + segment(slug);
    }

    String classificationCollectionPage(String code, int page) {
        return classificationCollection(code) + "?page=" + page;
    }

    /** The public web page of an artifact. */
    public String objectPage(String objectNumber) {
        return site() + "/objects/" + segment(objectNumber);
    }

    private String site() {
        return properties.publicSiteUrl().isBlank()
                ? baseUrls.base() : properties.publicSiteUrl().replaceAll("/+$", "");
    }

    private String resource3(String objectNumber) {
        return baseUrls.base() + PRESENTATION_3 + "/" + segment(objectNumber);
    }

    private static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }
}
