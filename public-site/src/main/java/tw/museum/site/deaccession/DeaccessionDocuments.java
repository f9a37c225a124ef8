package tw.museum.site.deaccession;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tw.museum.catalog.deaccession.DeaccessionService;
import tw.museum.catalog.deaccession.DeaccessionView;
import tw.museum.catalog.deaccession.DocumentFile;
import tw.museum.site.document.PdfDocuments;
import tw.museum.site.staff.StaffTime;

/**
 * The deaccession record as a PDF (proposal, decision, disposal, objects with both titles, the list of
 * documents), in the reader's language, generated from the record as it stands; and the uploaded documents.
 * Staff only: it carries the reasons.
 */
@Component
public class DeaccessionDocuments {

    private final DeaccessionService deaccessions;
    private final PdfDocuments pdf;

    private final Clock clock;

    public DeaccessionDocuments(DeaccessionService deaccessions, PdfDocuments pdf, Clock clock) {
        this.deaccessions = deaccessions;
        this.pdf = pdf;
        this.clock = clock;
    }

    public byte[] recordPdf(String number, Locale locale) {
        DeaccessionView d = deaccessions.get(number);
        Map<Long, LocalDate> uploaded = d.documents().stream()
                .collect(Collectors.toMap(DeaccessionView.DocumentLine::id, f -> day(f.uploadedAt())));
        return pdf.render("deaccession-record", Map.of("d", d, "generatedOn", LocalDate.now(clock.withZone(StaffTime.MUSEUM_ZONE)),
                "proposedOn", day(d.proposedAt()), "uploadedOn", uploaded), locale);
    }

    /** Documents are dated by the museum's calendar; their templates have no beans to ask. */
    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, StaffTime.MUSEUM_ZONE);
    }

    public ResponseEntity<byte[]> record(String number, Locale locale) {
        byte[] bytes = recordPdf(number, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("deaccession-" + number.strip().toUpperCase(Locale.ROOT) + ".pdf").build().toString())
                .body(bytes);
    }

    /** An uploaded document, always as a download (never rendered inline from our origin). */
    public ResponseEntity<Resource> document(String number, long id) {
        DocumentFile file = deaccessions.document(number, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(file.path()));
    }
}
