package tw.museum.site.opendata;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.media.MediaKind;
import tw.museum.catalog.media.MediaView;

/**
 * The public URLs of a record in exports: its page, its IIIF manifest and images. Object numbers may
 * hold slashes; they always travel encoded (%2F) inside one path segment.
 */
@Component
public class PublicLinks {

    private final OpenDataProperties properties;

    public PublicLinks(OpenDataProperties properties) {
        this.properties = properties;
    }

    public String base() {
        return properties.base();
    }

    public String objectPage(String objectNumber) {
        return base() + "/objects/" + segment(objectNumber);
    }

    public String manifest(String objectNumber) {
        return base() + "/iiif/presentation/3/" + segment(objectNumber) + "/manifest";
    }

    public String imageService(long mediaId) {
        return base() + "/iiif/3/m-" + mediaId;
    }

    public String fullImage(long mediaId) {
        return imageService(mediaId) + "/full/max/0/default.jpg";
    }

    public String thumbnail(long mediaId) {
        return imageService(mediaId) + "/full/400,/0/default.jpg";
    }

    public static List<MediaView> images(PublicArtifactView view) {
        return view.media() == null ? List.of()
                : view.media().stream().filter(m -> m.kind() == MediaKind.IMAGE).toList();
    }

    /** The manifest link, for records that have images to show in one. */
    public Optional<String> manifestOf(PublicArtifactView view) {
        return images(view).isEmpty() ? Optional.empty() : Optional.of(manifest(view.objectNumber()));
    }

    public String oaiIdentifier(String objectNumber) {
        return "oai:" + properties.repositoryIdentifier() + ":" + objectNumber;
    }

    /** The object number an OAI identifier of this repository names. */
    public Optional<String> objectNumberOf(String oaiIdentifier) {
        String prefix = "oai:" + properties.repositoryIdentifier() + ":";
        return oaiIdentifier != null && oaiIdentifier.startsWith(prefix) && oaiIdentifier.length() > prefix.length()
                ? Optional.of(oaiIdentifier.substring(prefix.length())) : Optional.empty();
    }

    private static String segment(String objectNumber) {
        return UriUtils.encodePathSegment(objectNumber, StandardCharsets.UTF_8);
    }
}
