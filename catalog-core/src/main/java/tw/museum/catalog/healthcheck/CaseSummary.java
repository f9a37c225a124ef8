package tw.museum.catalog.healthcheck;

import java.time.Instant;
import java.util.Set;

/** One line of the staff queue. */
public record CaseSummary(String number, CaseStatus status, RequesterType requesterType, String requesterName,
                          String organisation, int objectCount, Set<ServiceKind> services, boolean onSite,
                          Instant createdAt, Instant updatedAt) {

    static CaseSummary of(HealthCheckCase c) {
        return new CaseSummary(c.getCaseNumber(), c.getStatus(), c.getRequesterType(), c.getRequesterName(),
                c.getRequesterOrganisation(), c.getObjectCount(), c.getServices(), c.isOnSite(), c.getCreatedAt(),
                c.getUpdatedAt());
    }
}
