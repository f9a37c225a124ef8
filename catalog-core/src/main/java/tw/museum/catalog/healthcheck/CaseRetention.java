package tw.museum.catalog.healthcheck;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.mail.MailOutbox;

/**
 * The retention rule for requesters' personal data: the contact details of cases that ended (closed,
 * declined, cancelled) before the cut-off are erased, with the mails that were kept for them. The case,
 * its examinations, reports and payments stay for the museum's records.
 */
@Service
public class CaseRetention {

    private final HealthCheckCaseRepository cases;
    private final MailOutbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    CaseRetention(HealthCheckCaseRepository cases, MailOutbox outbox, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Anonymises every case that ended before {@code cutoff}; returns how many. */
    @Transactional
    public int anonymiseEndedBefore(Instant cutoff) {
        int count = 0;
        for (HealthCheckCase c : cases.findByFinishedAtBeforeAndAnonymisedAtIsNull(cutoff)) {
            c.anonymise(clock.instant());
            outbox.forget(HealthCheckMailerTopics.topic(c.getCaseNumber()));
            // the audit entry holds no personal data (CaseAuditView never does), only that it happened
            audit.record(HealthCheckService.AUDIT_TYPE, c.getCaseNumber(), AuditAction.UPDATE, null,
                    java.util.Map.of("anonymised", true));
            count++;
        }
        return count;
    }
}
