package tw.museum.site.healthcheck;

import java.time.Clock;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tw.museum.catalog.healthcheck.CaseRetention;

/**
 * Runs the retention rule every night: requesters' contact details of cases that ended more than
 * {@code museum.health-check.retention.years} ago are erased. Running it on every node is harmless: a case
 * is anonymised once, and a second run finds nothing left to do.
 */
@Component
public class HealthCheckRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(HealthCheckRetentionJob.class);

    private final CaseRetention retention;
    private final Clock clock;
    private final int years;

    public HealthCheckRetentionJob(CaseRetention retention, Clock clock,
                                   @Value("${museum.health-check.retention.years:5}") int years) {
        this.retention = retention;
        this.clock = clock;
        this.years = years;
    }

    @Scheduled(cron = "${museum.health-check.retention.schedule:0 45 3 * * *}")
    public void run() {
        int erased = retention.anonymiseEndedBefore(clock.instant().atOffset(ZoneOffset.UTC).minusYears(years).toInstant());
        if (erased > 0) {
            log.info("Erased the contact details of {} health-check cases ended more than {} years ago", erased, years);
        }
    }
}
