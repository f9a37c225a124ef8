package tw.museum.iiif.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tw.museum.iiif.delivery.ImageDeliveryService;
import tw.museum.iiif.source.AccessDecision;
import tw.museum.iiif.delivery.ServableImage;
import tw.museum.iiif.image.ImageRequest;
import tw.museum.iiif.image.OperationList;

/** Shared by both API versions: validators, 304s, headers and the body from the one pipeline. */
@Component
public class ImageResponses {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
    /**
     * Open images: a URL's bytes never change (a replaced original is a new media id in the catalogue, a new
     * version in every cache key), so browsers and CDNs may keep them a month without asking.
     */
    private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(30)).cachePublic().immutable();

    private final ImageDeliveryService delivery;
    private final StoredTiles storedTiles;

    public ImageResponses(ImageDeliveryService delivery, StoredTiles storedTiles) {
        this.delivery = delivery;
        this.storedTiles = storedTiles;
    }

    /** @param canonical builds the canonical URL for the normalized operations */
    ResponseEntity<byte[]> image(ServableImage image, ImageRequest request, String ifNoneMatch, String ifModifiedSince,
                                 String profileUri, java.util.function.Function<OperationList, String> canonical) {
        OperationList ops = delivery.operations(image, request);
        String etag = delivery.etag(image, ops);
        Instant lastModified = image.source().lastModified();
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setLastModified(lastModified);
        boolean open = image.source().access() instanceof AccessDecision.Open;
        headers.setCacheControl(open ? IMMUTABLE : CACHE);
        headers.add(HttpHeaders.LINK, "<" + canonical.apply(ops) + ">;rel=\"canonical\"");
        headers.add(HttpHeaders.LINK, "<" + profileUri + ">;rel=\"profile\"");
        if (ConditionalResponses.notModified(ifNoneMatch, ifModifiedSince, etag, lastModified)) {
            return ConditionalResponses.notModifiedResponse(headers);
        }
        byte[] body = delivery.render(image, ops);
        if (open) {
            delivery.storedTile(image, ops).ifPresent(file -> rememberForFastPath(image, file, body.length, headers, ops));
        }
        headers.setContentType(MediaType.parseMediaType(ops.format().mediaType()));
        return ResponseEntity.ok().headers(headers).body(body);
    }

    private void rememberForFastPath(ServableImage image, java.nio.file.Path file, long length, HttpHeaders headers,
                                     OperationList ops) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getQueryString() == null) {
            storedTiles.remember(attributes.getRequest().getHeader(HttpHeaders.HOST),
                    attributes.getRequest().getRequestURI(), new StoredTile(
                    image.source().identifier(), image.source().lastModified(), file, length,
                    headers.getETag(), headers.getLastModified(), ops.format().mediaType(), headers.getCacheControl(),
                    headers.get(HttpHeaders.LINK)));
        }
    }

    ResponseEntity<byte[]> info(ServableImage image, byte[] json, MediaType type, String ifNoneMatch,
                                String ifModifiedSince, String profileUri) {
        String etag = "\"" + Long.toHexString(java.util.Arrays.hashCode(json) & 0xffffffffL)
                + Integer.toHexString(json.length) + "\"";
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setLastModified(image.source().lastModified());
        headers.setCacheControl(CACHE);
        headers.add(HttpHeaders.LINK, "<" + profileUri + ">;rel=\"profile\"");
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (ConditionalResponses.notModified(ifNoneMatch, ifModifiedSince, etag, image.source().lastModified())) {
            return ConditionalResponses.notModifiedResponse(headers);
        }
        headers.setContentType(type);
        return ResponseEntity.ok().headers(headers).body(json);
    }
}
