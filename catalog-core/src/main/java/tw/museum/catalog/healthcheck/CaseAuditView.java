package tw.museum.catalog.healthcheck;

import java.util.Set;

/** What the audit trail keeps of a case: its state, never the requester's personal data. */
record CaseAuditView(String number, CaseStatus status, int objectCount, Set<ServiceKind> services, boolean onSite,
                     int messages, Long quoteTotal, QuoteStatus quoteStatus) {

    static CaseAuditView of(HealthCheckCase c) {
        return new CaseAuditView(c.getCaseNumber(), c.getStatus(), c.getObjectCount(), c.getServices(), c.isOnSite(),
                c.getMessages().size(), c.latestQuote().map(CaseQuote::getTotal).orElse(null),
                c.latestQuote().map(CaseQuote::getStatus).orElse(null));
    }
}
