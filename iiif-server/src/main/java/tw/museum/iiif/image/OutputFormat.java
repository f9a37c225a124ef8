package tw.museum.iiif.image;

import java.util.Locale;
import java.util.Set;

/** Formats this server writes. Other IIIF formats (gif, jp2, pdf) answer 501. */
public enum OutputFormat {
    JPG("image/jpeg"), PNG("image/png"), WEBP("image/webp"), TIF("image/tiff");

    private static final Set<String> KNOWN_BUT_UNSUPPORTED = Set.of("gif", "jp2", "pdf");

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
            case "webp" -> WEBP;
            case "tif" -> TIF;
            default -> throw KNOWN_BUT_UNSUPPORTED.contains(token)
                    ? IiifException.notImplemented("format not supported: " + token)
                    : IiifException.badRequest("unknown format");
        };
    }
}
