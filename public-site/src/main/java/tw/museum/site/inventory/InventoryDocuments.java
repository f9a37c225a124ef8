package tw.museum.site.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tw.museum.catalog.inventory.InventoryItem;
import tw.museum.catalog.inventory.InventoryReport;
import tw.museum.catalog.inventory.InventoryService;
import tw.museum.catalog.location.Whereabouts;
import tw.museum.site.document.CsvRows;
import tw.museum.site.document.EnglishText;
import tw.museum.site.document.PdfDocuments;
import tw.museum.site.staff.StaffTime;

/**
 * The inventory report: a PDF for the file (bilingual headings, the discrepancies with their decisions,
 * then what was found) and a CSV of every item for a spreadsheet. Staff only: it says where objects are.
 */
@Component
public class InventoryDocuments {

    private static final String CSV_TYPE = "text/csv;charset=UTF-8";

    private final InventoryService inventories;
    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final StaffTime time;
    private final java.time.Clock clock;

    public InventoryDocuments(InventoryService inventories, PdfDocuments pdf, MessageSource messages, StaffTime time,
                              java.time.Clock clock) {
        this.inventories = inventories;
        this.pdf = pdf;
        this.messages = messages;
        this.time = time;
        this.clock = clock;
    }

    public byte[] pdfBytes(String number) {
        InventoryReport report = inventories.report(number);
        // a document for the file: in Chinese with English headings, whatever the page's language
        var c = report.counts();
        String countsEn = messages.getMessage("inventory.pdf.counts", new Object[] {c.expected(), c.found(), c.missing(),
                c.misplaced(), c.unexpected(), c.undecided()}, Locale.ENGLISH);
        return pdf.render("inventory-report", Map.of("report", report, "en", new EnglishText(messages),
                "countsEn", countsEn, "time", time, "printedAt", time.format(clock.instant())), Locale.TRADITIONAL_CHINESE);
    }

    public ResponseEntity<byte[]> pdf(String number, Locale locale) {
        return download(pdfBytes(number), MediaType.APPLICATION_PDF, "inventory-" + number + ".pdf");
    }

    public byte[] csvBytes(String number, Locale locale) {
        InventoryReport report = inventories.report(number);
        CsvRows csv = new CsvRows();
        csv.row(List.of("inventory", "location", "outcome", "decision", "objectNumber", "title.zh", "title.en", "scanned",
                "foundAt", "recorded", "scans", "lastScannedAt", "scannedBy", "decidedBy", "decidedAt", "note")
                .stream().map(k -> text("inventory.csv." + k, locale)).toList());
        for (InventoryItem i : report.items()) {
            List<String> cells = new ArrayList<>();
            cells.add(report.inventory().number());
            cells.add(report.inventory().location().code());
            cells.add(text("inventory.outcome." + i.outcome(), locale));
            cells.add(i.decision() == null ? "" : text("inventory.decision." + i.decision(), locale));
            cells.add(i.objectNumber());
            cells.add(i.title() == null ? null : i.title().zh());
            cells.add(i.title() == null ? null : i.title().en());
            cells.add(i.scannedValue());
            cells.add(i.foundAt() == null ? null : i.foundAt().code());
            cells.add(where(i.recorded()));
            cells.add(String.valueOf(i.scanCount()));
            cells.add(i.lastScannedAt() == null ? null : time.format(i.lastScannedAt()));
            cells.add(i.scannedBy());
            cells.add(i.decidedBy());
            cells.add(i.decidedAt() == null ? null : time.format(i.decidedAt()));
            cells.add(i.decisionNote());
            csv.row(cells);
        }
        return csv.toBytes();
    }

    public ResponseEntity<byte[]> csv(String number, Locale locale) {
        return download(csvBytes(number, locale), MediaType.parseMediaType(CSV_TYPE), "inventory-" + number + ".csv");
    }

    private static String where(Whereabouts w) {
        if (w == null || !w.isRecorded()) {
            return null;
        }
        return w.location() != null ? w.location().code() : w.offSite();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
