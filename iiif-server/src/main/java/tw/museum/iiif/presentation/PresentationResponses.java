package tw.museum.iiif.presentation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tw.museum.iiif.web.ConditionalResponses;
import tw.museum.iiif.web.IiifMediaTypes;

/**
 * Presentation documents as HTTP responses: JSON-LD with the profile when the client asks for it (plain
 * JSON otherwise), a strong ETag over the exact bytes (so any change, a new image included, is a new
 * version), Last-Modified, and 304 for conditional requests. CORS comes from IiifCorsFilter (/iiif/**).
 */
@Component
public class PresentationResponses {

    static final String CONTEXT_3 = Manifest3Builder.CONTEXT;
    static final String CONTEXT_2 = Manifest2Builder.CONTEXT;

    private final JsonMapper mapper = JsonMapper.builder().build();

    ResponseEntity<byte[]> v3(Map<String, Object> document, Instant lastModified, Conditions request) {
        return respond(mapper.writeValueAsBytes(document), CONTEXT_3, lastModified, request);
    }

    /** Any other IIIF JSON-LD document (Change Discovery, Content Search) with its own context. */
    public ResponseEntity<byte[]> json(Map<String, Object> document, String context, Instant lastModified,
                                       Conditions request) {
        return respond(mapper.writeValueAsBytes(document), context, lastModified, request);
    }

    ResponseEntity<byte[]> v2(byte[] json, Instant lastModified, Conditions request) {
        return respond(json, CONTEXT_2, lastModified, request);
    }

    public ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                .body("not found\n".getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> respond(byte[] json, String context, Instant lastModified,
                                                  Conditions request) {
        String etag = "\"" + sha256(json).substring(0, 32) + "\"";
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        if (lastModified != null) {
            headers.setLastModified(lastModified);
        }
        // The media type depends on Accept, so shared caches must keep the variants apart.
        headers.setVary(List.of(HttpHeaders.ACCEPT));
        if (ConditionalResponses.notModified(request.ifNoneMatch(), request.ifModifiedSince(), etag, lastModified)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        headers.setContentType(IiifMediaTypes.infoJson(request.accept(), context));
        return ResponseEntity.ok().headers(headers).body(json);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** The request headers that decide the representation and whether it changed. */
    public record Conditions(String accept, String ifNoneMatch, String ifModifiedSince) {
    }
}
