package tw.museum.iiif.web;

import java.time.Duration;
import java.time.Instant;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tw.museum.iiif.delivery.ImageDeliveryService;
import tw.museum.iiif.delivery.ServableImage;
import tw.museum.iiif.image.ImageRequest;
import tw.museum.iiif.image.OperationList;

/** Shared by both API versions: validators, 304s, headers and the body from the one pipeline. */
@Component
public class ImageResponses {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final ImageDeliveryService delivery;

    public ImageResponses(ImageDeliveryService delivery) {
        this.delivery = delivery;
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
        headers.setCacheControl(CACHE);
        headers.add(HttpHeaders.LINK, "<" + canonical.apply(ops) + ">;rel=\"canonical\"");
        headers.add(HttpHeaders.LINK, "<" + profileUri + ">;rel=\"profile\"");
        if (ConditionalResponses.notModified(ifNoneMatch, ifModifiedSince, etag, lastModified)) {
            return ConditionalResponses.notModifiedResponse(headers);
        }
        byte[] body = delivery.render(image, ops);
        headers.setContentType(MediaType.parseMediaType(ops.format().mediaType()));
        return ResponseEntity.ok().headers(headers).body(body);
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
