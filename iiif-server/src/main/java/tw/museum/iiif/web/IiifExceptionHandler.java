package tw.museum.iiif.web;

import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tw.museum.iiif.image.IiifException;
import tw.museum.iiif.source.InvalidIdentifierException;

/** Maps failures to the status codes of the Image API, as short plain-text bodies (never stack traces). */
@RestControllerAdvice(assignableTypes = {ImageApi3Controller.class, ImageApi2Controller.class})
public class IiifExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(IiifExceptionHandler.class);

    @ExceptionHandler(IiifException.class)
    public ResponseEntity<String> iiif(IiifException e) {
        return body(e.status(), e.getMessage());
    }

    @ExceptionHandler(InvalidIdentifierException.class)
    public ResponseEntity<String> invalidIdentifier(InvalidIdentifierException e) {
        return body(400, e.getMessage());
    }

    @ExceptionHandler(UncheckedIOException.class)
    public ResponseEntity<String> io(UncheckedIOException e) {
        log.warn("image I/O failed", e);
        return body(500, "the image could not be read");
    }

    private static ResponseEntity<String> body(int status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(message + "\n");
    }
}
