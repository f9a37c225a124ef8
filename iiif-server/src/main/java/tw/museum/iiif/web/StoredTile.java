package tw.museum.iiif.web;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import tw.museum.iiif.source.ImageIdentifier;

/**
 * What the pipeline answered for a tile URL that it served from a stored pyramid tile of an open image: the
 * image, the file and every header value, formatted once, so the fast paths (the servlet filter and the Netty front) only copy them.
 */
public record StoredTile(ImageIdentifier image, Instant sourceVersion, Path file, long length, String etag,
                         Instant lastModified, String lastModifiedHeader, String contentType, String cacheControl,
                         List<String> links) {

    /** @param sourceVersion the source's lastModified as the resolver gives it (full precision) */
    public StoredTile(ImageIdentifier image, Instant sourceVersion, Path file, long length, String etag,
                      long lastModifiedMillis, String contentType, String cacheControl, List<String> links) {
        this(image, sourceVersion, file, length, etag, Instant.ofEpochMilli(lastModifiedMillis),
                HTTP_DATE.format(Instant.ofEpochMilli(lastModifiedMillis)),
                contentType, cacheControl, List.copyOf(links));
    }

    /** IMF-fixdate (RFC 9110 5.6.7), the form Tomcat and Spring write. */
    public static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    /** The CORS headers every IIIF response carries ({@link IiifCorsFilter} sets the same). */
    public static final String ALLOW_ORIGIN = "*";
    public static final String EXPOSE_HEADERS = "Link, ETag, Last-Modified, Content-Type";

    /** Whether a conditional request may be answered 304 (the same rule as the pipeline's). */
    public boolean notModified(String ifNoneMatch, String ifModifiedSince) {
        return ConditionalResponses.notModified(ifNoneMatch, ifModifiedSince, etag, lastModified);
    }
}
