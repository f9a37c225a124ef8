package tw.museum.catalog.healthcheck;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.common.CurrentActor;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.media.MediaStore;
import tw.museum.catalog.media.StoredFile;

/**
 * The versions of a case's report. The PDF is made outside (public-site renders it) for the report number
 * {@link #nextReportNumber} gives, then {@link #issue}d: the first issue moves an EXAMINED case to
 * REPORT_ISSUED (and the requester is told); each later issue is a new version, the old ones kept.
 * Report numbers are the case number with R and the version: {@code HC-2026-0042-R2}.
 */
@Service
@Transactional
public class HealthCheckReports {

    static final Set<CaseStatus> ISSUABLE = EnumSet.of(CaseStatus.EXAMINED, CaseStatus.REPORT_ISSUED,
            CaseStatus.PAID, CaseStatus.CLOSED);

    private final CaseFinder cases;
    private final CaseReportRepository reports;
    private final HealthCheckCaseRepository caseRepository;
    private final MediaStore store;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HealthCheckReports(CaseFinder cases, CaseReportRepository reports, HealthCheckCaseRepository caseRepository,
                       MediaStore store, AuditLog audit, CurrentActor actor, ApplicationEventPublisher events,
                       Clock clock) {
        this.cases = cases;
        this.reports = reports;
        this.caseRepository = caseRepository;
        this.store = store;
        this.audit = audit;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    /** The number the next issue will carry; refused when the case has no report to issue yet. */
    @Transactional(readOnly = true)
    public String nextReportNumber(String number) {
        HealthCheckCase c = issuable(number);
        return reportNumber(c.getCaseNumber(), nextVersion(c));
    }

    /**
     * Issues the PDF made for {@code reportNumber}. When another issue came first the number is stale and
     * the issue is refused (the unique version per case guards it on every node).
     */
    public ReportVersion issue(String number, String reportNumber, byte[] pdf, String note) {
        HealthCheckCase c = issuable(number);
        int version = nextVersion(c);
        if (!reportNumber(c.getCaseNumber(), version).equals(reportNumber)) {
            throw new InvalidRecordException(FieldProblem.of("report", "report-stale"));
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidRecordException(FieldProblem.of("note", "too-long", 2000));
        }
        StoredFile file = store.storeGenerated(pdf);
        CaseReport report = reports.saveAndFlush(new CaseReport(c.getId(), version, reportNumber, file.storageKey(),
                file.sizeBytes(), clock.instant(), actor.name(), note == null || note.isBlank() ? null : note.strip()));
        if (c.getStatus() == CaseStatus.EXAMINED) {
            CaseAuditView before = CaseAuditView.of(c);
            c.moveTo(CaseStatus.REPORT_ISSUED, actor.name(), clock.instant(), reportNumber);
            caseRepository.saveAndFlush(c);
            audit.record(HealthCheckService.AUDIT_TYPE, c.getCaseNumber(), AuditAction.UPDATE, before, CaseAuditView.of(c));
            events.publishEvent(new CaseEvents.StatusChanged(c.getCaseNumber(), CaseStatus.REPORT_ISSUED, reportNumber));
        } else {
            audit.record(HealthCheckService.AUDIT_TYPE, c.getCaseNumber(), AuditAction.UPDATE, null, report.view());
            events.publishEvent(new CaseEvents.ReportReissued(c.getCaseNumber(), reportNumber));
        }
        return report.view();
    }

    @Transactional(readOnly = true)
    public List<ReportVersion> versions(String number) {
        return reports.findByCaseIdOrderByVersionNoDesc(cases.find(number).getId()).stream()
                .map(CaseReport::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ReportVersion> current(String number) {
        return reports.findFirstByCaseIdOrderByVersionNoDesc(cases.find(number).getId()).map(CaseReport::view);
    }

    /** The PDF of one version (the current one when {@code versionNo} is null). */
    @Transactional(readOnly = true)
    public Path file(String number, Integer versionNo) {
        long caseId = cases.find(number).getId();
        Optional<CaseReport> report = versionNo == null ? reports.findFirstByCaseIdOrderByVersionNoDesc(caseId)
                : reports.findByCaseIdAndVersionNo(caseId, versionNo);
        return report.map(r -> store.path(r.getStorageKey()))
                .orElseThrow(() -> new RecordNotFoundException("health-check-report", number));
    }

    boolean hasReport(long caseId) {
        return reports.findFirstByCaseIdOrderByVersionNoDesc(caseId).isPresent();
    }

    private HealthCheckCase issuable(String number) {
        HealthCheckCase c = cases.find(number);
        if (!ISSUABLE.contains(c.getStatus())) {
            throw new InvalidRecordException(FieldProblem.of("report", "not-examined"));
        }
        return c;
    }

    private int nextVersion(HealthCheckCase c) {
        return reports.findFirstByCaseIdOrderByVersionNoDesc(c.getId()).map(r -> r.view().versionNo() + 1).orElse(1);
    }

    static String reportNumber(String caseNumber, int version) {
        return caseNumber + "-R" + version;
    }
}
