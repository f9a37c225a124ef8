package tw.museum.iiif.web;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2); Last-Modified has one-second precision. */
public final class ConditionalResponses {
    private ConditionalResponses() {
    }

    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(String::trim)
                    .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                    .anyMatch(t -> t.equals("*") || t.equals(etag));
        }
        if (ifModifiedSince != null && lastModified != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return lastModified.getEpochSecond() <= since.getEpochSecond();
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    static ResponseEntity<byte[]> notModifiedResponse(HttpHeaders headers) {
        return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
    }
}
