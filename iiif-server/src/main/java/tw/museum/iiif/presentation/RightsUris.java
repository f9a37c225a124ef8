package tw.museum.iiif.presentation;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The Presentation 3 {@code rights} property takes only Creative Commons licence URIs and
 * RightsStatements.org statements (and a few registered extensions), written with http:// as those
 * vocabularies define them. Any other licence goes into the metadata instead.
 */
final class RightsUris {

    private RightsUris() {
    }

    static Optional<String> forRightsProperty(String licence) {
        if (licence == null || licence.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(licence.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null || uri.getPath() == null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath();
        boolean creativeCommons = host.equals("creativecommons.org")
                && (path.startsWith("/licenses/") || path.startsWith("/publicdomain/"));
        boolean rightsStatements = host.equals("rightsstatements.org") && path.startsWith("/vocab/");
        if (!creativeCommons && !rightsStatements) {
            return Optional.empty();
        }
        // The canonical form: http, no query or fragment, a trailing slash as both vocabularies publish them.
        String canonicalPath = path.endsWith("/") ? path : path + "/";
        return Optional.of("http://" + host + canonicalPath);
    }
}
