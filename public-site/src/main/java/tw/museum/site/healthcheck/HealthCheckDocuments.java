package tw.museum.site.healthcheck;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.condition.ConditionCheckView;
import tw.museum.catalog.condition.ConditionPhotoView;
import tw.museum.catalog.healthcheck.CaseView;
import tw.museum.catalog.healthcheck.HealthCheckExaminations;
import tw.museum.catalog.healthcheck.HealthCheckReports;
import tw.museum.catalog.healthcheck.HealthCheckService;
import tw.museum.catalog.healthcheck.ReportVersion;
import tw.museum.site.document.CsvRows;
import tw.museum.site.document.DocumentImages;
import tw.museum.site.document.EnglishText;
import tw.museum.site.document.PdfDocuments;

/**
 * The documents of a case, made from its examination records (the newest of each object): the bilingual
 * condition report (issued as a numbered version) and the General Antiquity (一般古物) dossier, as PDF and
 * CSV. None of them holds the requester's personal data: they describe objects, and they travel.
 */
@Component
public class HealthCheckDocuments {

    private static final ZoneId MUSEUM_ZONE = ZoneId.of("Asia/Taipei");
    private static final Locale ZH = Locale.TRADITIONAL_CHINESE;

    private final HealthCheckService cases;
    private final HealthCheckExaminations examinations;
    private final HealthCheckReports reports;
    private final PdfDocuments pdf;
    private final DocumentImages images;
    private final MessageSource messages;
    private final Clock clock;

    public HealthCheckDocuments(HealthCheckService cases, HealthCheckExaminations examinations,
                                HealthCheckReports reports, PdfDocuments pdf, DocumentImages images,
                                MessageSource messages, Clock clock) {
        this.cases = cases;
        this.examinations = examinations;
        this.reports = reports;
        this.pdf = pdf;
        this.images = images;
        this.messages = messages;
        this.clock = clock;
    }

    /** One examined object in a document: its record and its photos ready to print. */
    public record ObjectPage(int objectNo, ConditionCheckView check, List<Photo> photos) {
    }

    public record Photo(String src, Bilingual annotation) {
    }

    /** Renders the next version of the report and issues it. */
    public ReportVersion issueReport(String number, String note) {
        String reportNumber = reports.nextReportNumber(number);
        byte[] bytes = pdf.render("healthcheck-report", model(number, reportNumber), ZH);
        return reports.issue(number, reportNumber, bytes, note);
    }

    public byte[] dossierPdf(String number) {
        return pdf.render("healthcheck-dossier", model(number, null), ZH);
    }

    /** One row per examined object with the reporting form's fields; photos named as in the PDF dossier. */
    public byte[] dossierCsv(String number) {
        CsvRows csv = new CsvRows();
        List<String> header = new ArrayList<>();
        for (String key : List.of("doc.dossier.objectNo", "cond.identification", "cond.category", "cond.quantity",
                "cond.dimensions", "cond.materials", "cond.period", "cond.provenance", "cond.grade", "cond.summary",
                "doc.dossier.photos")) {
            header.add(messages.getMessage(key, null, ZH) + " " + new EnglishText(messages).t(key));
        }
        csv.row(header);
        for (ObjectPage page : pages(number)) {
            ConditionCheckView c = page.check();
            List<String> photos = new ArrayList<>();
            for (int i = 0; i < c.photos().size(); i++) {
                String annotation = both(c.photos().get(i).annotation());
                photos.add(number + "-" + page.objectNo() + "-" + (i + 1) + (annotation.isEmpty() ? "" : " (" + annotation + ")"));
            }
            csv.row(List.of(String.valueOf(page.objectNo()), both(c.identification()), nn(c.category()),
                    String.valueOf(c.quantity()), nn(c.dimensions()), both(c.materials()), both(c.period()),
                    both(c.provenance()), messages.getMessage("cond.grade." + c.grade(), null, ZH), both(c.summary()),
                    String.join("; ", photos)));
        }
        return csv.toBytes();
    }

    private Map<String, Object> model(String number, String reportNumber) {
        CaseView c = cases.get(number);
        return Map.of("caseNumber", c.number(), "services", c.services(), "onSite", c.onSite(),
                "examinedOn", c.scheduledFor() == null ? "" : c.scheduledFor().toString(),
                "reportNumber", reportNumber == null ? "" : reportNumber,
                "issuedOn", LocalDate.ofInstant(clock.instant(), MUSEUM_ZONE).toString(),
                "objects", pages(number), "en", new EnglishText(messages));
    }

    private List<ObjectPage> pages(String number) {
        List<ObjectPage> pages = new ArrayList<>();
        for (ConditionCheckView check : examinations.latest(number)) {
            List<Photo> photos = new ArrayList<>();
            for (ConditionPhotoView p : check.photos()) {
                String src = images.photo(examinations.photo(number, check.id(), p.id()).path());
                if (src != null) {
                    photos.add(new Photo(src, p.annotation()));
                }
            }
            pages.add(new ObjectPage(check.subject().caseObjectNo(), check, photos));
        }
        return pages;
    }

    private static String both(Bilingual b) {
        if (b == null || b.isEmpty()) {
            return "";
        }
        return b.zh() == null ? b.en() : b.en() == null ? b.zh() : b.zh() + " / " + b.en();
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
