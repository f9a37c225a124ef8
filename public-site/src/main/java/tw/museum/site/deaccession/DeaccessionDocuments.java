package tw.museum.site.deaccession;

import java.util.Locale;
import java.util.Map;
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

/**
 * The deaccession record as a PDF (proposal, decision, disposal, objects with both titles, the list of
 * documents), in the reader's language, generated from the record as it stands; and the uploaded documents.
 * Staff only: it carries the reasons.
 */
@Component
public class DeaccessionDocuments {

    private final DeaccessionService deaccessions;
    private final PdfDocuments pdf;

    public DeaccessionDocuments(DeaccessionService deaccessions, PdfDocuments pdf) {
        this.deaccessions = deaccessions;
        this.pdf = pdf;
    }

    public byte[] recordPdf(String number, Locale locale) {
        DeaccessionView d = deaccessions.get(number);
        return pdf.render("deaccession-record", Map.of("d", d), locale);
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
