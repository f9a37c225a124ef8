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

    /** What the oai-identifier syntax allows unescaped in the local part (OAI-PMH 2.0 guidelines). */
    private static final String OAI_LOCAL_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~*'();/?:@&=+$,";
    private static final String HEX = "0123456789ABCDEF";

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

    /**
     * The OAI identifier of a record: {@code oai:<repository>:<object number>}, where the characters an
     * oai-identifier may not hold (spaces, brackets, letters outside ASCII) are percent-encoded as UTF-8.
     * Object numbers never hold '%', so the identifier decodes back to exactly one number.
     */
    public String oaiIdentifier(String objectNumber) {
        StringBuilder id = new StringBuilder("oai:").append(properties.repositoryIdentifier()).append(':');
        for (byte b : objectNumber.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && OAI_LOCAL_CHARS.indexOf(c) >= 0) {
                id.append((char) c);
            } else {
                id.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return id.toString();
    }

    /** The object number an OAI identifier of this repository names. */
    public Optional<String> objectNumberOf(String oaiIdentifier) {
        String prefix = "oai:" + properties.repositoryIdentifier() + ":";
        if (oaiIdentifier == null || !oaiIdentifier.startsWith(prefix) || oaiIdentifier.length() == prefix.length()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UriUtils.decode(oaiIdentifier.substring(prefix.length()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static String segment(String objectNumber) {
        return UriUtils.encodePathSegment(objectNumber, StandardCharsets.UTF_8);
    }
}
