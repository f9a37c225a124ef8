package tw.museum.catalog.healthcheck;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One issued version of a case's report: the PDF as issued, in the media store. */
@Entity
@Table(name = "health_check_report")
class CaseReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_check_report_seq")
    @SequenceGenerator(name = "health_check_report_seq", sequenceName = "health_check_report_seq", allocationSize = 50)
    private Long id;

    private Long caseId;
    private int versionNo;
    private String reportNumber;
    private String storageKey;
    private long sizeBytes;
    private Instant issuedAt;
    private String issuedBy;
    private String note;

    protected CaseReport() {
    }

    CaseReport(long caseId, int versionNo, String reportNumber, String storageKey, long sizeBytes, Instant issuedAt,
               String issuedBy, String note) {
        this.caseId = caseId;
        this.versionNo = versionNo;
        this.reportNumber = reportNumber;
        this.storageKey = storageKey;
        this.sizeBytes = sizeBytes;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.note = note;
    }

    String getStorageKey() {
        return storageKey;
    }

    ReportVersion view() {
        return new ReportVersion(versionNo, reportNumber, issuedAt, issuedBy, sizeBytes, note);
    }
}
