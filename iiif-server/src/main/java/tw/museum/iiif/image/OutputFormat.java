package tw.museum.iiif.image;

import java.util.Locale;
import java.util.Set;

/** Formats this server writes. Other IIIF formats (tif, gif, webp, jp2, pdf) answer 501. */
public enum OutputFormat {
    JPG("image/jpeg"), PNG("image/png");

    private static final Set<String> KNOWN_BUT_UNSUPPORTED = Set.of("tif", "gif", "webp", "jp2", "pdf");

    private final String mediaType;

    OutputFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutputFormat parse(String token) {
        return switch (token) {
            case "jpg" -> JPG;
            case "png" -> PNG;
            default -> throw KNOWN_BUT_UNSUPPORTED.contains(token)
                    ? IiifException.notImplemented("format not supported: " + token)
                    : IiifException.badRequest("unknown format");
        };
    }
}
